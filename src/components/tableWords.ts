// The tables' words come with the tables' code (EnglishLater): the first script builds no table, so it carries none of them.
import { addEnglish } from '../i18n/messages';
import { tablesEn } from '../i18n/messages/tables/en';

addEnglish({ tables: tablesEn });
