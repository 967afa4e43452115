import { addEnglish } from '../../i18n/messages';
import { salesMarksEn } from '../../i18n/messages/salesMarks/en';

// The interactive chart's words come with its code (EnglishLater): every file that words one imports this module.
addEnglish({ salesMarks: salesMarksEn });
