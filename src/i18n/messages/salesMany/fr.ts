import type { Translation } from '../../catalog';
import type { salesManyEn } from './en';

export const salesManyFr: Translation<typeof salesManyEn> = {
  'salesMany.others': 'Autres marques',
  'salesMany.note':
    'Sur les {count} marques sélectionnées qui ont des chiffres en {years}, les {drawn} qui ont le plus vendu ont leurs propres barres\u202f; {layout, select, stacked {la partie grise de chaque barre regroupe {rest, plural, one {l’autre} other {les # autres}}, avec les marques désactivées} other {{rest, plural, one {l’autre figure} other {les # autres figurent}} dans le tableau}}.',
};
