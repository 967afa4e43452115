import type { Translation } from '../../catalog';
import type { errorsEn } from './en';

/** The errors area in French: every key of errors/en.ts, no other. */
export const errorsFr: Translation<typeof errorsEn> = {
  'errors.loading': 'Chargement des données…',
  'errors.retry': 'Réessayer',
  'errors.details': 'Ce que la vérification a trouvé, dans les termes du validateur (en anglais)\u202f:',
  'errors.details.other': 'Ce qui a échoué, tel que le navigateur ou l’application le signale (en anglais)\u202f:',
  'errors.load.title': 'Les données n’ont pas pu être chargées',
  'errors.load': '{message}',
  'errors.offline.title': 'Vous êtes hors ligne',
  'errors.offline': 'Les données n’ont pas pu être téléchargées car cet appareil est hors ligne. Elles se chargeront d’elles-mêmes au retour de la connexion ; « Réessayer » relance le téléchargement tout de suite.',
  'errors.data.invalid': 'Le fichier de données n’est pas valide.',
  'errors.data.timeout': 'Le téléchargement des données a pris trop de temps. Réessayez dans un instant.',
  'errors.data.network': 'Les données n’ont pas pu être téléchargées. Vérifiez votre connexion et réessayez.',
  'errors.data.http': 'Les données n’ont pas pu être téléchargées (HTTP {status}).',
  'errors.data.json': 'Le fichier de données n’est pas un JSON valide.',
  'errors.app.title': 'Le tableau de bord s’est arrêté',
  'errors.app': 'Une erreur s’est produite hors des graphiques. Vos choix sont conservés dans l’adresse : Réessayer redessine le tableau de bord.',
  'errors.view.title': 'Cette vue n’a pas pu être dessinée',
  'errors.view': 'Une erreur s’est produite dans ce graphique. Les autres vues ne sont pas touchées.',
  'errors.export': 'Échec de l’export : {message}',
  'errors.onDemand': 'Cette partie de la page n’a pas pu s’ouvrir. Si vous êtes hors ligne, vérifiez votre connexion et réessayez.',
  'errors.onDemand.close': 'Fermer',
  'errors.language': 'La page n’a pas pu s’afficher en {language} (ses textes ne se sont pas téléchargés)\u202f: elle reste en français.',
  'errors.language.retry': 'Réessayer en {language}',
  'errors.reload': 'Recharger la page (vos filtres sont conservés)',
  'errors.reloadOffline': 'Recharger une fois en ligne (vos filtres sont conservés)',
};
