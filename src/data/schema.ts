import { z } from 'zod';
import { crossRecordIssues } from './crossChecks';
import { CONTROLS } from '../lib/controlCharacters';
import { MAX_AMOUNT, YEARS, YEARS_MESSAGE } from './limits';

// zod 4 probes `new Function` on first object parse; under our CSP (no 'unsafe-eval')
// Chrome would log that as a violation. Must run before any schema is built.
// Stryker disable next-line ObjectLiteral,BooleanLiteral: jitless changes how zod runs a parser, not its result; the browser tests check the CSP.
z.config({ jitless: true });

const year = z.number().int().min(YEARS[0], YEARS_MESSAGE).max(YEARS[1], YEARS_MESSAGE);
/** A count (units, vehicles a year): a whole number up to MAX_AMOUNT. */
const count = z.number().int().max(MAX_AMOUNT);
/**
 * The most brands one brand may include, or one plant may name; the brand list itself takes at most 100 (a
 * filter bar of toggles). Uncapped, 60,000 included brands kept the checks across records busy for 25 s.
 */
const MAX_BRANDS = 20;
/**
 * A non-empty string of at most `max` characters. Every string has a limit: a 5 MB name took 10–20 s to
 * draw; the limits sit well above the longest real value (source title 107, company name 44).
 */
/**
 * A text free of the characters no text of this page may carry (lib/controlCharacters.ts), and of half a
 * surrogate pair: JSON can spell one ("\ud83d"), encodeURIComponent throws on it (the export dialog's preview of
 * a chart naming it failed) and XML cannot write it. Each character is either one of neither kind or a whole
 * pair, and the two alternatives never start with the same unit, so the anchored pattern runs in one pass
 * whatever the text. No flags: the build compiles it into the validator, which keeps none (and with `u` a class
 * could not see half a pair). Here, not beside CONTROLS, so the first load does not carry it.
 * The pattern keeps a retry point per character, which ran V8's stack out on ~9 million: a text over its length
 * limit is not matched (`abort`; the compiled check stops at the first failed rule anyway).
 */
const WELL_FORMED = new RegExp(`^(?:[^${CONTROLS}\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$`);
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, { message: `expected at most ${max} characters`, abort: true })
    .regex(WELL_FORMED, 'no control or text-direction characters, and no half of a surrogate pair');
const id = text(80);
/**
 * A brand's id, as listed in `brands`: what sales, series, launches and companies refer to. It travels in the
 * address (?brands=Renault,Nissan), so it holds no comma and no space at either end (crossChecks.ts adds the
 * rest: ids that differ by more than case, and none called "none"). Linear: one anchored pass, 80 characters.
 */
export const Brand = id.regex(/^[^\s,](?:[^,]*[^\s,])?$/, 'a brand id has no comma and no space at either end (it travels in the address as ?brands=a,b)');
export type Brand = z.infer<typeof Brand>;
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour "#RRGGBB"');
/** "YYYY-MM"; events known only to the year may use "YYYY". */
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a date "YYYY-MM"');
const yearOrYearMonth = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'expected a date "YYYY" or "YYYY-MM"');

/**
 * Every record says where it comes from: a `sources` id, and either the verbatim
 * `quote` that states it or a `note` saying how it was derived.
 */
const provenance = {
  source: id,
  quote: text(400).optional(),
  note: text(600).optional(),
};

export const Source = z.object({
  id,
  /** The document's headline; where it has none, its first sentence (see titleIsFirstSentence). */
  title: text(300),
  /** True where the document has no headline and `title` is its first sentence: citations say so. */
  titleIsFirstSentence: z.boolean().optional(),
  file: text(120).regex(/^(?!\.+$)[\w.-]+$/, 'expected a plain file name'),
  publisher: text(200).optional(),
  date: text(40).optional(),
  language: z.enum(['en', 'fr']),
  kind: z.enum(['news', 'encyclopedia']),
});

/**
 * A brand the filter can select, in the order it is listed everywhere. Its colours are checked for
 * contrast and colour-vision distance by scripts/colour-check.ts.
 */
export const BrandInfo = z.object({
  id: Brand,
  colours: z.object({ light: hexColour, dark: hexColour }),
  /**
   * Brands whose figures this brand's figures contain ("figures merged to Renault"), from `from` to
   * `to` inclusive (open ends = every year), so a total never counts them twice. `inferred`: no source says
   * so for these years; it is read off the figures (the sales records' notes say how), and the page says so.
   */
  includes: z
    .array(z.object({ brand: Brand, from: year.optional(), to: year.optional(), inferred: z.literal(true).optional() }))
    .max(MAX_BRANDS)
    .optional(),
});

export const Sale = z.object({
  year,
  brand: Brand,
  /** Units sold that year; null where the source gives no figure (never a zero). */
  units: count.nonnegative().nullable(),
  ...provenance,
});

export const SalesTotal = z.object({ year, units: count.nonnegative(), ...provenance });

export const EvSeries = z.object({
  id,
  label: text(120),
  /** The brand a series belongs to; null for Alliance-wide series (always shown). */
  brand: Brand.nullable(),
  /** A brand or Alliance total, or a single model (drawn thinner). */
  kind: z.enum(['total', 'model']),
  /** What the series counts, where the sources' scope changes along it; shown under the chart. */
  scopeNote: text(400).optional(),
});

export const EvMilestone = z.object({
  date: yearMonth,
  series: id,
  /** Cumulative units since launch. */
  units: count.positive(),
  measure: z.enum(['sales', 'production']),
  /**
   * How the source bounds or rounds the count, where it does: 'over' ("more than", "over": at least the count),
   * 'almost' (not quite the count), 'about'. Absent: the count as stated.
   */
  qualifier: z.enum(['over', 'about', 'almost']).optional(),
  ...provenance,
});

export const EvLaunch = z.object({ date: yearMonth, model: text(120), brand: Brand, ...provenance });

export const Company = z.object({
  id,
  name: text(160),
  /** The name a reader knows it by, drawn in its box where the full name is too long ("RNBV", "China JV"); absent: the name without its parenthesis. */
  shortName: text(40).optional(),
  /** The name in running text, where it takes an article: "the French State" ("l’État français"); absent: the name. */
  proseName: text(160).optional(),
  /** member: Alliance carmaker; owner: outside shareholder; entity: a joint company or subsidiary. */
  kind: z.enum(['member', 'owner', 'entity']),
  brand: Brand.nullable(),
});

/** Whether the source states a figure as what is (stated) or as a plan, forecast or promise (planned: "will", "is to", "expected"). */
export const Basis = z.enum(['stated', 'planned']);
export type Basis = z.infer<typeof Basis>;

export const Ownership = z.object({
  holder: id,
  held: id,
  /** Percent of the held company's shares; null where the source states a stake without a figure. */
  percent: z.number().gt(0).max(100).nullable(),
  /** Whether the shares carry votes; null where the source does not say. */
  voting: z.boolean().nullable(),
  from: year,
  /** Year the stake ended or changed, exclusive: held in every year y with from <= y < to; null = still held. */
  to: year.nullable(),
  /** True where no source gives the end: `to` is inferred (the note says from what), and the page says so. */
  toIsInferred: z.boolean().optional(),
  /** True where `from` is only the first year a source attests the stake, not when it was acquired. */
  fromIsFirstRecord: z.boolean().optional(),
  /** Money invested, where the source gives an amount instead of a percentage. */
  investment: z.object({ amount: z.number().positive().max(MAX_AMOUNT), currency: z.enum(['EUR', 'USD', 'RUB', 'KRW']) }).optional(),
  /**
   * The same stake as another passage of the source states it, where the figures differ (43.4% / 43.3%):
   * kept beside the record so the source panel can show both; never drawn.
   */
  alsoStated: z.object({ percent: z.number().gt(0).max(100), quote: text(400) }).optional(),
  /** 'planned' where the source gives the stake as a deal's aim ("for 67.13% … by mid-2014") and none says it was reached; absent = stated. */
  basis: Basis.optional(),
  ...provenance,
});

/**
 * One capacity figure of a plant, as its source words it. A plant may have several (an initial line,
 * then a full capacity); its quote states every figure.
 */
export const Capacity = z.object({
  amount: count.positive(),
  basis: Basis,
  /** What the figure covers: the whole plant, one production or assembly line, or one model (or engine family). */
  scope: z.enum(['plant', 'line', 'model']),
  /** 'year' where the source gives a rate ("a year", "annual"); null where it gives a count with no period. */
  period: z.literal('year').nullable(),
  /** When the figure applies from ("YYYY" or "YYYY-MM"); null where the source gives no date for it. */
  from: yearOrYearMonth.nullable(),
});
export type Capacity = z.infer<typeof Capacity>;

export const Plant = z.object({
  id,
  name: text(160),
  city: text(120),
  country: text(100),
  /** The country's ISO 3166-1 alpha-2 code, so its name can be shown in the reader's language; absent: shown as written. */
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code').optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Operating brands or partners; the first is the one the plant is coloured by. */
  brands: z.array(text(40)).min(1).max(MAX_BRANDS),
  /** Capacity figures in the order the source gives them; each amount is checked against the quote. */
  capacities: z.array(Capacity).min(1).max(8),
  capacityUnit: z.enum(['vehicles', 'engines', 'batteries']),
  /** Year production began, or was to begin (see openedBasis); absent for plants that existed before the source's story. */
  opened: year.optional(),
  /** 'planned' where the opening year is a plan ("is to begin in 2012"); absent = stated. */
  openedBasis: Basis.optional(),
  /**
   * The company that runs the plant where it is not a member (AvtoVAZ, a joint venture): the plant is counted in
   * the years the ownership records have an Alliance company holding a stake in it (data/plantTenure.ts). Absent:
   * run by the members themselves, counted every year.
   */
  operator: id.optional(),
  ...provenance,
});

export const AllianceEvent = z.object({
  date: yearOrYearMonth,
  label: text(120),
  /** True where no source gives the date and it was inferred (the note says from what). */
  isDateInferred: z.boolean().optional(),
  /** Set on the few events that bear on the EV story: the short label the EV chart marks them with. */
  evLabel: text(40).optional(),
  ...provenance,
});

/** What a target is counted in: a kind of unit, or a currency. */
export const TargetUnit = z.enum(['vehicles', 'evs', 'batteries', 'EUR']);
export type TargetUnit = z.infer<typeof TargetUnit>;

export const Target = z.object({
  /** The year the target is for ("by 2020", "by the end of fiscal 2022"). */
  year,
  amount: z.number().positive().max(MAX_AMOUNT),
  unit: TargetUnit,
  /** 'year' for a rate (vehicles a year, annual synergies); null for a count (cumulative EV sales). */
  period: z.literal('year').nullable(),
  /** What it measures, so each view draws its own: sales, cumulative EV sales, production capacity, synergies. */
  measure: z.enum(['sales', 'ev-sales', 'capacity', 'synergies']),
  /** For an EV-sales target: the EV series whose milestones are its outcome (the EV chart draws it beside that line). */
  series: id.optional(),
  /** For a capacity target: the country whose plants it covers, as plants spell it; absent = every Alliance plant. */
  country: text(100).optional(),
  /** True where the source says "at least" or "exceed". */
  isMinimum: z.boolean().optional(),
  /** Year the target was set or revised, where the source says. */
  setIn: year.optional(),
  /** True where `year` is a fiscal year ("by the end of the 2022 fiscal year"): the page says FY2022, not 2022. */
  isFiscalYear: z.boolean().optional(),
  /** Year a later target replaced this one, where the source says. */
  revisedIn: year.optional(),
  label: text(200),
  ...provenance,
});

/**
 * The most records a collection may hold: 3.5× the largest of the realistic growth file (5,693 EV milestones,
 * scripts/make-growth.ts). A file far past it is refused with this reason rather than drawn: 160,000 events
 * overflowed the stack where the page takes the years' span, and the page went blank.
 */
const MAX_RECORDS = 20_000;
const records = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_RECORDS);
/**
 * Fewer plants: each is a symbol on the map, a button with its own label to place. 10,000 made a brand toggle
 * take 2–11 s (a robustness review, a probe); 2,000 about 0.6–0.9 s to draw every view, against 0.4–0.5 s for
 * the realistic growth file's 300.
 */
const MAX_PLANTS = 2_000;

const DatasetShape = z.object({
  sources: records(Source).min(1),
  brands: z.array(BrandInfo).max(100),
  sales: records(Sale),
  salesTotals: records(SalesTotal),
  evSeries: records(EvSeries),
  evMilestones: records(EvMilestone),
  evLaunches: records(EvLaunch),
  companies: records(Company),
  ownership: records(Ownership),
  plants: z.array(Plant).max(MAX_PLANTS),
  events: records(AllianceEvent),
  targets: records(Target),
});

/** The file's shape, before the checks across records (crossChecks.ts). */
export type DatasetShape = z.infer<typeof DatasetShape>;

/** The whole dataset file, with cross-references (source, series and company ids) checked. */
export const Dataset = DatasetShape.superRefine((data, ctx) => {
  for (const issue of crossRecordIssues(data)) ctx.addIssue({ code: 'custom', ...issue });
});

export type Dataset = z.infer<typeof Dataset>;
export type Source = z.infer<typeof Source>;
export type BrandInfo = z.infer<typeof BrandInfo>;
export type Sale = z.infer<typeof Sale>;
export type SalesTotal = z.infer<typeof SalesTotal>;
export type EvSeries = z.infer<typeof EvSeries>;
export type EvMilestone = z.infer<typeof EvMilestone>;
export type EvLaunch = z.infer<typeof EvLaunch>;
export type Company = z.infer<typeof Company>;
export type Ownership = z.infer<typeof Ownership>;
export type Plant = z.infer<typeof Plant>;
export type AllianceEvent = z.infer<typeof AllianceEvent>;
export type Target = z.infer<typeof Target>;

export { RECORD_KEYS, type RecordKey } from './recordKeys';
