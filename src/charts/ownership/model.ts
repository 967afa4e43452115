import { companyLabel } from '../../data/companyLabel';
import { percentWords } from '../../data/stakeWords';
import { yearOf } from '../../data/yearOf';
import { scaleLinear } from 'd3-scale';
import type { IntlShape } from 'react-intl';
import { formatsOf } from '../../i18n/format';
import { brandIds } from '../../data/catalogue';
import { ownValue } from '../../data/ownValue';
import type { AllianceEvent, Brand, Company, Dataset, Ownership } from '../../data/schema';
import {
  ARROWS,
  FONT,
  LARGE_ARROW_FROM,
  LAYOUTS,
  edgeShape,
  labelBox,
  nodeLines,
  boxInside,
  type ArrowSize,
  type EdgeShape,
  type LayoutName,
  type LayoutSpec,
} from './layout';
import { boxAround, boxesOverlap, type Box, type Point } from '../../components/geometry';
import { textWidth } from '../../components/textWidth';
import type { freeSpot } from './autoPlace';
import type { ChangeKind, StakeChange } from './compare';
import { isDimmedBy, type Highlight } from '../../state/highlight';
import { groupBy } from '../../lib/groupBy';
import { avoiding, isClearMidway, placeLabel } from './edgeLabels';
import { keepRanked } from '../../lib/keepRanked';

/** A stake with its position in dataset.ownership (for the source panel). */
export interface IndexedStake {
  stake: Ownership;
  index: number;
}

/** A stake the source gives as a deal's aim, not reported as reached (drawn faint and dashed, worded "planned"). */
export const isPlanned = (stake: Ownership) => stake.basis === 'planned';

/** The record a compared change is drawn at and cited by: the later year's, or for an ended stake the earlier year's. */
export const heldStake = (change: StakeChange): IndexedStake => (change.after ?? change.before)!;

/** Whether a stake was held in `year`: from ≤ year < to (`to` is exclusive; null = still held). */
export function isStakeActive(stake: Ownership, year: number): boolean {
  return stake.from <= year && (stake.to === null || year < stake.to);
}

/** The stakes held in `year`, in dataset order. */
export function stakesActiveIn(ownership: readonly Ownership[], year: number): IndexedStake[] {
  return ownership.flatMap((stake, index) => (isStakeActive(stake, year) ? [{ stake, index }] : []));
}

/** The years inside `domain` in which a stake began or ended, ascending: when the structure changed. */
export function ownershipChangeYears(ownership: readonly Ownership[], domain: readonly [number, number]): number[] {
  const years = new Set(ownership.flatMap((s) => (s.to === null ? [s.from] : [s.from, s.to])));
  return [...years].filter((y) => y >= domain[0] && y <= domain[1]).sort((a, b) => a - b);
}

/** "€600M" · "600 M €" · "€6億": an investment amount in compact form, in the language of `intl`. */
export function formatInvestment(investment: NonNullable<Ownership['investment']>, intl: IntlShape): string {
  return formatsOf(intl).money(investment.amount, investment.currency);
}

/** The edge label: the percent, else the investment, else "stake" in the reader's language. */
export function stakeLabel(stake: Ownership, intl: IntlShape): string {
  if (stake.percent !== null) return percentWords(stake.percent, intl);
  return stake.investment ? formatInvestment(stake.investment, intl) : intl.formatMessage({ id: 'ownership.stake' });
}

/** The label with the investment too where a percentage stands in for it ("36.8% (US$3,500,000,000)"): what a table or a change between two records must show. */
export function stakeLabelInFull(stake: Ownership, intl: IntlShape): string {
  const label = stakeLabel(stake, intl);
  return stake.percent !== null && stake.investment ? intl.formatMessage({ id: 'ownership.stake.withInvestment' }, { stake: label, investment: formatInvestment(stake.investment, intl) }) : label;
}

/** "ended 2012"; where no source gives the year, in words "ended 2012 (year inferred)", drawn "ended c. 2012". */
export const endedLabel = (year: number, inferred: boolean, form: 'words' | 'drawn', intl: IntlShape) =>
  intl.formatMessage({ id: form === 'words' ? 'ownership.change.ended' : 'ownership.change.ended.drawn' }, { year, inferred: inferred ? 'yes' : 'no' });

export interface DiagramNode {
  id: string;
  name: string;
  kind: Company['kind'];
  brand: Brand | null;
  lines: readonly string[];
  center: Point;
  box: Box;
  /** In a comparison: drawn only for stakes that had ended by the later year. */
  isGone: boolean;
  /** A gone company's last box line, when its stakes ended, drawn ("ended c. 2022") and in words for its name ("ended 2022 (year inferred)"); null otherwise. */
  tag: GoneTag | null;
}

/** When a gone company's stakes ended: as drawn in its box, and in words (endedLabel); `inferred` where no source gives that year. */
export interface GoneTag {
  drawn: string;
  words: string;
  inferred: boolean;
}

export interface DiagramEdge {
  /** Index in dataset.ownership. */
  index: number;
  holder: string;
  held: string;
  /** The stake or its change in full: the edge's accessible name says it. */
  label: string;
  /** What the diagram writes on the edge: the label, or on a phone a change's shorter form ("15% → voting"). */
  drawnLabel: string;
  /**
   * Whether the label is drawn on the edge: not for a stake ended with a company whose box already says when
   * ("ended 2022"); its accessible name keeps the label. An undrawn label's box is its midpoint.
   */
  isLabelDrawn: boolean;
  /** Stroke width in viewBox units: scaled by percent; thinnest where no figure is given. */
  strokeWidth: number;
  isNonVoting: boolean;
  /** A stake the source gives only as a plan: drawn faint and dashed, like a planned plant capacity. */
  isPlanned: boolean;
  hasFigure: boolean;
  /** The holder's brand, which colours the edge; null = theme.other. */
  colorBrand: Brand | null;
  arrow: ArrowSize;
  path: string;
  mid: Point;
  labelBox: Box;
  samples: Point[];
  /** Around the arrowhead, which a compared label is placed to leave uncovered. */
  head: Box;
  /** Where a compared label placed off its own line points to: the nearest point of that line (a leader is drawn to it). */
  leader?: Point;
  /** In a comparison, how this stake differs between the two years; null when not comparing. */
  change: ChangeKind | null;
}

export interface OwnershipDiagram {
  width: number;
  height: number;
  /**
   * Where the drawing starts (viewBox y): 0 on the page, whose layout keeps its slots (rows of companies held in
   * other years) so that stepping the years moves nothing; the top of what is drawn in images and embeds (contentCropped).
   */
  top: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The box grouping the Alliance members, with its caption's baseline start; null before any member is drawn. */
  group: { box: Box; caption: Point; captionBox: Box } | null;
  /** How many companies of the year the diagram leaves to the table (past MOST_COMPANIES_DRAWN). */
  leftOut: number;
}

/** Stroke width in viewBox units for a percent held (0–100). */
export const strokeWidthForPercent = scaleLinear().domain([0, 100]).range([1.5, 9]).clamp(true);
const NO_FIGURE_WIDTH = 1;

/** Companies drawn in `year`: every end of a stake held, plus each member from its first stake on. */
function companiesDrawn(dataset: Dataset, year: number, active: readonly IndexedStake[]): Company[] {
  const ids = new Set(active.flatMap(({ stake }) => [stake.holder, stake.held]));
  const kinds = new Map(dataset.companies.map((c) => [c.id, c.kind]));
  for (const stake of dataset.ownership) {
    if (stake.from > year) continue;
    for (const id of [stake.holder, stake.held]) if (kinds.get(id) === 'member') ids.add(id);
  }
  return dataset.companies.filter((c) => ids.has(c.id));
}

/**
 * Most companies one year's diagram draws. Past a few dozen boxes the picture stops saying who owns whom, and
 * placing 150 (a grown dataset) took seconds of the page's time; the others stay in the table and the summary.
 */
export const MOST_COMPANIES_DRAWN = 40;

/**
 * The companies drawn when there are more than `most`: the members first, then the others, each group by the
 * largest stake a company holds or is held by in `active` (a stake without a figure counts as 0; ties in dataset
 * order), up to `most`; returned in dataset order. Members too are capped: a file with hundreds of them (the benchmark's 100 jittered copies of
 * the Alliance) drew 300 boxes, placed in 5–15 s of the page's time, and froze the tab at each year.
 */
export function mostConnected(companies: readonly Company[], active: readonly IndexedStake[], most = MOST_COMPANIES_DRAWN): Company[] {
  if (companies.length <= most) return [...companies];
  const largest = new Map<string, number>();
  for (const { stake } of active) {
    for (const id of [stake.holder, stake.held]) largest.set(id, Math.max(largest.get(id) ?? 0, stake.percent ?? 0));
  }
  const memberRank = (company: Company) => Number(company.kind === 'member');
  const kept = new Set(
    companies
      .map((company, order) => ({ company, order }))
      .sort((a, b) => memberRank(b.company) - memberRank(a.company) || (largest.get(b.company.id) ?? 0) - (largest.get(a.company.id) ?? 0) || a.order - b.order)
      .slice(0, most)
      .map(({ company }) => company),
  );
  return companies.filter((c) => kept.has(c));
}

/**
 * Most stakes one year's diagram draws between the companies it draws. Forty boxes can have 1,560 stakes between
 * them, and each label is weighed against the lines and labels around it: 20,000 stakes among 200 companies froze
 * the tab for 5 s at each year. The realistic 100× file draws at most 51.
 */
export const MOST_STAKES_DRAWN = 80;

/**
 * The stakes drawn when more than `most` join the companies drawn: those touching a member first, then the
 * largest (no figure counts as 0; ties in dataset order), up to `most`; returned in dataset order.
 */
function largestStakes(stakes: readonly IndexedStake[], memberIds: ReadonlySet<string>, most = MOST_STAKES_DRAWN): IndexedStake[] {
  const touchesMember = ({ stake }: IndexedStake) => Number(memberIds.has(stake.holder) || memberIds.has(stake.held));
  return keepRanked(stakes, most, (a, b) => touchesMember(b) - touchesMember(a) || (b.stake.percent ?? 0) - (a.stake.percent ?? 0) || a.index - b.index);
}

/**
 * The stakes and companies one year's diagram draws (with `changes`, those of the comparison), and how many
 * companies and stakes it leaves to the table: the diagram and the view's footnote both read this.
 */
export function diagramContents(dataset: Dataset, year: number, changes: readonly StakeChange[] | null = null) {
  const held = changes ? changes.map(heldStake) : stakesActiveIn(dataset.ownership, year);
  const candidates = companiesDrawn(dataset, year, held);
  const companies = mostConnected(candidates, held);
  const drawnIds = new Set(companies.map((c) => c.id));
  const between = held.filter(({ stake }) => drawnIds.has(stake.holder) && drawnIds.has(stake.held));
  const active = largestStakes(between, new Set(companies.filter((c) => c.kind === 'member').map((c) => c.id)));
  return { active, companies, leftOut: candidates.length - companies.length, stakesLeftOut: between.length - active.length };
}

/** The brands of the companies drawn in `year`, in dataset order (for the legend). */
export function brandsDrawn(dataset: Dataset, year: number): Brand[] {
  const drawn = companiesDrawn(dataset, year, stakesActiveIn(dataset.ownership, year)).map((c) => c.brand);
  return brandIds(dataset).filter((b) => drawn.includes(b));
}

/** In a comparison, the companies gone by the later year, and the tags of those whose stakes ended in one year. */
interface Gone {
  ids: ReadonlySet<string>;
  tags: ReadonlyMap<string, GoneTag>;
}

/**
 * The tag of each company gone by a comparison's later year whose compared stakes all ended in the year it left
 * the structure: "ended 2022", said once in its box rather than on each of its lines (the 2016–2023 comparison
 * had seven such labels crowded at its top). A company whose stakes ended in different years, or that stayed
 * on through stakes taken after the earlier year (AvtoVAZ: Renault's own stake ended in 2012, Alliance Rostec's
 * in 2022), gets none: its lines keep their labels, and its box makes no claim about when it left.
 */
function goneTags(ownership: readonly Ownership[], year: number, changes: readonly StakeChange[] | null, gone: ReadonlySet<string>, intl: IntlShape): Map<string, GoneTag> {
  const years = new Map<string, Set<number>>();
  // A company left no more surely than its least sure stake: one inferred end makes the year inferred.
  const inferred = new Set<string>();
  for (const change of changes ?? []) {
    if (change.endedIn === null) continue;
    for (const id of [change.holder, change.held]) {
      if (!gone.has(id)) continue;
      years.set(id, (years.get(id) ?? new Set()).add(change.endedIn));
      if (change.endIsInferred) inferred.add(id);
    }
  }
  // The year each gone company left: the last end, by the year drawn, of any stake it held or was held by (one pass).
  const leftIn = new Map<string, number>();
  for (const { holder, held, to } of ownership) {
    if (to === null || to > year) continue;
    for (const id of [holder, held]) if (gone.has(id)) leftIn.set(id, Math.max(to, leftIn.get(id) ?? to));
  }
  return new Map([...years].flatMap(([id, set]) => {
    const [ended] = set;
    if (set.size !== 1 || ended === undefined || ended !== leftIn.get(id)) return [];
    const isInferred = inferred.has(id);
    return [[id, { drawn: endedLabel(ended, isInferred, 'drawn', intl), words: endedLabel(ended, isInferred, 'words', intl), inferred: isInferred }] as const];
  }));
}

/** A company's box lines: its name, and in a comparison, for a company gone since, when its stakes ended. */
function companyLines(layout: LayoutSpec, company: Company, gone: Gone): readonly string[] {
  const tag = gone.tags.get(company.id);
  const lines = nodeLines(layout, company.id, companyLabel(company));
  return tag ? [...lines, tag.drawn] : lines;
}

/** Companies at their layout's slots, and those still to place: without a slot, or whose shared slot is taken. */
function slottedNodes(companies: readonly Company[], layout: LayoutSpec, gone: Gone): { nodes: DiagramNode[]; waiting: Company[] } {
  const nodes: DiagramNode[] = [];
  const waiting: Company[] = [];
  // A comparison draws the later year as its own view does, with what has gone since around it: the year's
  // companies take their slots first, and one gone by then moves aside where it shares or crowds a slot.
  const yearsFirst = [...companies.filter((c) => !gone.ids.has(c.id)), ...companies.filter((c) => gone.ids.has(c.id))];
  for (const company of yearsFirst) {
    const lines = companyLines(layout, company, gone);
    const slot = ownValue(layout.slots, company.id);
    const placed = slot && boxInside(slot, lines, company.kind === 'member', layout.width);
    // A slot shared by companies the data never shows together: if they ever coexist, the later one moves.
    if (placed && !nodes.some((n) => boxesOverlap(n.box, placed.box, 8))) nodes.push(nodeOf(company, placed.center, placed.box, lines, gone));
    else waiting.push(company);
  }
  return { nodes, waiting };
}

const nodeOf = (company: Company, center: Point, box: Box, lines: readonly string[], gone: Gone): DiagramNode =>
  ({ id: company.id, name: company.name, kind: company.kind, brand: company.brand, lines, center, box, isGone: gone.ids.has(company.id), tag: gone.tags.get(company.id) ?? null });

/** Half the side of the square kept clear around each point of a drawn edge. */
const EDGE_CLEARANCE = 3;

/**
 * Places the waiting companies one by one at the free spot nearest their partners, clear of the boxes,
 * edges and labels drawn so far and (outside the members) of the members' box.
 */
function placeWaiting(nodes: DiagramNode[], waiting: readonly Company[], active: readonly IndexedStake[], layout: LayoutSpec, gone: Gone, intl: IntlShape, place: Place | null): number {
  let height = layout.height;
  for (const company of waiting) {
    const { edges, group: placedGroup } = diagramEdges(nodes, active, layout, null, intl);
    const partnerIds = new Set(active.flatMap(({ stake }) => (stake.holder === company.id ? [stake.held] : stake.held === company.id ? [stake.holder] : [])));
    const partners = nodes.filter((n) => partnerIds.has(n.id)).map((n) => n.center);
    const anchor = partners.length
      ? { x: partners.reduce((sum, p) => sum + p.x, 0) / partners.length, y: partners.reduce((sum, p) => sum + p.y, 0) / partners.length }
      : { x: layout.width / 2, y: layout.height / 2 };
    const group = company.kind === 'member' ? null : placedGroup;
    const obstacles = [
      ...(group ? [group.box] : []),
      ...edges.map((e) => e.labelBox),
      ...edges.flatMap((e) => e.samples.map((p) => ({ x0: p.x - EDGE_CLEARANCE, y0: p.y - EDGE_CLEARANCE, x1: p.x + EDGE_CLEARANCE, y1: p.y + EDGE_CLEARANCE }))),
    ];
    const lines = companyLines(layout, company, gone);
    // Only reached with a Place: callers ask needsPlacement first (a null one here is their mistake, and throws).
    const spot = place!(layout, lines, company.kind === 'member', nodes.map((n) => n.box), obstacles, anchor, partners, height);
    height = spot.height;
    nodes.push(nodeOf(company, spot.center, spot.box, lines, gone));
  }
  return height;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Signed sideways offset per edge: 0 when alone between two companies, else spread to both sides. */
function edgeBends(active: readonly IndexedStake[], bends: Readonly<Record<string, number>>): Map<number, number> {
  const byPair = groupBy(active, (item) => pairKey(item.stake.holder, item.stake.held));
  const result = new Map<number, number>();
  for (const [key, items] of byPair) {
    const spacing = 2 * (ownValue(bends, key) ?? 30);
    // The first id of the sorted pair; not split from the key, since an id may itself hold a "|".
    const { holder, held } = items[0]!.stake;
    const first = holder < held ? holder : held;
    // Offsets are measured to the left of first→second; an edge running the other way flips sign.
    const ordered = [...items].sort((a, b) => Number(a.stake.holder !== first) - Number(b.stake.holder !== first) || a.index - b.index);
    ordered.forEach((item, i) => {
      const offset = items.length === 1 ? 0 : (i - (items.length - 1) / 2) * -spacing;
      result.set(item.index, item.stake.holder === first ? offset : -offset);
    });
  }
  return result;
}

function allianceGroup(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[], width: number, intl: IntlShape): OwnershipDiagram['group'] {
  const members = nodes.filter((n) => n.kind === 'member');
  if (members.length === 0) return null;
  const memberIds = new Set(members.map((n) => n.id));
  const inner = edges.filter((e) => memberIds.has(e.holder) && memberIds.has(e.held)).map((e) => e.labelBox);
  const pad = 14;
  const around = (boxes: readonly Box[]): Box => ({
    x0: Math.max(1, Math.min(...boxes.map((b) => b.x0)) - pad),
    y0: Math.min(...boxes.map((b) => b.y0)) - pad,
    x1: Math.min(width - 1, Math.max(...boxes.map((b) => b.x1)) + pad),
    // Room at the foot for the caption.
    y1: Math.max(...boxes.map((b) => b.y1)) + pad + FONT.group + 2,
  });
  // Inside the drawing, though a wide label between members (a change compared) may reach its edge.
  const box = around([...members.map((n) => n.box), ...inner]);
  // Measured in the page's language: the caption the diagram draws, in the bottom-left corner.
  const text = intl.formatMessage({ id: 'ownership.groupCaption' });
  const captionWidth = textWidth(text, FONT.group, true);
  // Never narrower than its caption (one member's box alone can be).
  box.x1 = Math.min(width - 1, Math.max(box.x1, box.x0 + CAPTION_INSET * 2 + captionWidth));
  // But never around a company that is not a member: a compared label as wide as a phone's diagram ("15 % sans
  // droit de vote → avec droit de vote") drew the box around Ampere and the Chinese JV beside the members. The box
  // stops short of any other company whose centre is outside the members' own box — no closer to a member than
  // 6 units at the sides, and keeping its padding and caption room above and below — and a label's text may then
  // run past its border, drawn over it on the label's halo; so, where a company stands that close, may a long
  // caption ("Membres de l’Alliance" beside one member). (A company the layout puts among the members, RNBV
  // between Renault and Nissan, stays in.)
  const own = around(members.map((n) => n.box));
  const sides = { x0: Math.min(...members.map((n) => n.box.x0)) - GROUP_GAP_MIN, x1: Math.max(...members.map((n) => n.box.x1)) + GROUP_GAP_MIN };
  for (const n of nodes) {
    const { x, y } = n.center;
    if (memberIds.has(n.id) || !boxesOverlap(n.box, box) || (x > own.x0 && x < own.x1 && y > own.y0 && y < own.y1)) continue;
    if (x >= own.x1) box.x1 = Math.min(box.x1, Math.max(sides.x1, n.box.x0 - GROUP_GAP));
    else if (x <= own.x0) box.x0 = Math.max(box.x0, Math.min(sides.x0, n.box.x1 + GROUP_GAP));
    else if (y >= own.y1) box.y1 = Math.min(box.y1, Math.max(own.y1, n.box.y0 - GROUP_GAP));
    else box.y0 = Math.max(box.y0, Math.min(own.y0, n.box.y1 + GROUP_GAP));
  }
  // The caption sits in the bottom-left corner, clear of the arrows that enter the band from above.
  const caption = { x: box.x0 + CAPTION_INSET, y: box.y1 - 8 };
  const captionBox = { x0: caption.x, y0: caption.y - FONT.group, x1: caption.x + captionWidth, y1: caption.y + 3 };
  return { box, caption, captionBox };
}

/** How far the members' box stops short of a company that is not a member, and at least how far out of a member's box its side keeps. */
const GROUP_GAP = 8;
const GROUP_GAP_MIN = 6;
/** The caption's distance from the box's left side (and the least room kept right of it). */
const CAPTION_INSET = 9;

/**
 * The drawn edges between `nodes` for the active stakes (a stake whose ends are not both drawn is left out).
 * With `changeOf` (a comparison), each edge carries its change and the change's label, placed clear of boxes,
 * lines and other labels; the stake labels of one year fit their layout at the middle of the line. With the
 * members' box, which the labels between members size (and a comparison's other labels keep clear of its caption).
 */
function diagramEdges(
  nodes: readonly DiagramNode[],
  active: readonly IndexedStake[],
  layout: LayoutSpec,
  changeOf: ReadonlyMap<number, StakeChange> | null,
  intl: IntlShape,
  /** Companies whose box says when their stakes ended (goneTags): their ended stakes' labels are not drawn. */
  tagged: ReadonlyMap<string, GoneTag> = new Map(),
): { edges: DiagramEdge[]; group: OwnershipDiagram['group'] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const bends = edgeBends(active.filter(({ stake }) => byId.has(stake.holder) && byId.has(stake.held)), layout.bends);
  // Shapes first, so each label can keep clear of every line, not only those placed before it.
  const shapes = new Map(
    active.flatMap(({ stake, index }) => {
      const from = byId.get(stake.holder);
      const to = byId.get(stake.held);
      if (!from || !to) return [];
      const strokeWidth = stake.percent === null ? NO_FIGURE_WIDTH : strokeWidthForPercent(stake.percent);
      const arrow: ArrowSize = strokeWidth >= LARGE_ARROW_FROM ? 'large' : 'small';
      return [[index, { strokeWidth, arrow, shape: edgeShape(from.box, to.box, bends.get(index) ?? 0, ARROWS[arrow]) }] as const];
    }),
  );
  const avoid = avoiding(
    nodes.map((n) => n.box),
    new Map([...shapes].map(([index, { shape }]) => [index, shape])),
    layout,
  );
  // Compared labels are placed (placeLabel), clear of the arrowheads; a year's own sit mid-way along their line
  // unless something is in the way there (isClearMidway).
  const onLine = (shape: EdgeShape, text: string, own: number) => {
    const box = labelBox(shape.mid, text);
    if (!isClearMidway(shape, box, avoid, own)) return placeLabel(shape, text, avoid, own);
    avoid.labels.add(box, [box]);
    return { ...shape, labelBox: box };
  };
  const edgeOf = ({ stake, index }: IndexedStake): DiagramEdge | null => {
    const placed = shapes.get(index);
    if (!placed) return null;
    const { strokeWidth, arrow, shape } = placed;
    const change = changeOf?.get(index) ?? null;
    const label = change?.label ?? stakeLabel(stake, intl);
    const drawnLabel = change ? change.drawn[layout.shortLabels ? 'narrow' : 'wide'] : label;
    const isLabelDrawn = !(change?.kind === 'ended' && (tagged.has(stake.holder) || tagged.has(stake.held)));
    return {
      index,
      holder: stake.holder,
      held: stake.held,
      label,
      drawnLabel,
      isLabelDrawn,
      strokeWidth,
      arrow,
      isNonVoting: stake.voting === false,
      isPlanned: isPlanned(stake),
      hasFigure: stake.percent !== null,
      colorBrand: byId.get(stake.holder)?.brand ?? null,
      ...(!isLabelDrawn
        ? { ...shape, labelBox: boxAround(shape.mid, 0) }
        : changeOf
          ? placeLabel(shape, drawnLabel, avoid, index)
          : onLine(shape, drawnLabel, index)),
      change: change?.kind ?? null,
    };
  };
  if (!changeOf) {
    const edges = active.flatMap((item) => edgeOf(item) ?? []);
    return { edges, group: allianceGroup(nodes, edges, layout.width, intl) };
  }
  // Compared labels move to where they fit; the labels between members first, which size the members' box, then
  // the others, kept clear of its caption too.
  const memberIds = new Set(nodes.filter((n) => n.kind === 'member').map((n) => n.id));
  const isInner = ({ stake }: IndexedStake) => memberIds.has(stake.holder) && memberIds.has(stake.held);
  const inner = active.flatMap((item) => (isInner(item) ? (edgeOf(item) ?? []) : []));
  const group = allianceGroup(nodes, inner, layout.width, intl);
  if (group) avoid.labels.add(group.captionBox, [group.captionBox]);
  const edges = new Map([...inner, ...active.flatMap((item) => (isInner(item) ? [] : (edgeOf(item) ?? [])))].map((e) => [e.index, e]));
  // In the dataset's order, as drawn and tabbed through.
  return { edges: active.flatMap(({ index }) => edges.get(index) ?? []), group };
}

/**
 * Where a company with no slot goes: autoPlace.ts's freeSpot. A chunk of its own (OwnershipView's loadAutoPlace), since every
 * company of the shipped file has its slot: ~1 KB of the first load's gzip that only another file needs.
 */
export type Place = typeof freeSpot;

/**
 * What a year's diagram draws (diagramContents) and the companies gone by `year`, with their tags: the same in
 * either layout, so a view works it out once a year for the placement check and its footnotes alike.
 */
export function yearContents(dataset: Dataset, year: number, changes: readonly StakeChange[] | null, intl: IntlShape) {
  const contents = diagramContents(dataset, year, changes);
  const present = new Set(companiesDrawn(dataset, year, stakesActiveIn(dataset.ownership, year)).map((c) => c.id));
  const goneIds = new Set(contents.companies.filter((c) => !present.has(c.id)).map((c) => c.id));
  const gone: Gone = { ids: goneIds, tags: goneTags(dataset.ownership, year, changes, goneIds, intl) };
  return { ...contents, gone };
}

export type YearContents = ReturnType<typeof yearContents>;

/** Whether a year's diagram (`contents`), in either layout, has a company to place (no slot, or a shared one taken): then ownershipDiagram needs a Place. */
export function needsPlacement({ companies, gone }: YearContents): boolean {
  return Object.values(LAYOUTS).some((layout) => slottedNodes(companies, layout, gone).waiting.length > 0);
}

/**
 * Positioned nodes and edges for the stakes held in `year`, in the viewBox units of the named layout. With
 * `changes` (a comparison ending in `year`), the stakes ended since the earlier year are drawn too (their
 * companies marked gone), and each edge carries its change and the change's label; labels in the language of
 * `intl`. `place` is needed where a company has no slot (needsPlacement).
 */
export function ownershipDiagram(
  dataset: Dataset,
  year: number,
  layoutName: LayoutName,
  changes: readonly StakeChange[] | null = null,
  intl: IntlShape,
  place: Place | null = null,
): OwnershipDiagram {
  const layout = LAYOUTS[layoutName];
  const { active, companies, leftOut, gone } = yearContents(dataset, year, changes, intl);
  const { nodes, waiting } = slottedNodes(companies, layout, gone);
  const changeOf = changes ? new Map(changes.map((c) => [heldStake(c).index, c])) : null;
  const height = placeWaiting(nodes, waiting, active, layout, gone, intl, place);
  // Drawn (and tabbed through) in dataset order, wherever each was placed.
  const order = new Map(companies.map((c, i) => [c.id, i]));
  nodes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const { edges, group } = diagramEdges(nodes, active, layout, changeOf, intl, gone.tags);
  const bottom = Math.max(height, ...nodes.map((n) => n.box.y1 + 10));
  return { width: layout.width, height: Math.ceil(bottom), top: 0, nodes, edges, group, leftOut };
}

/** Room kept above the highest mark when a drawing starts at its content. */
const CROP_MARGIN = 12;

/** Just above the diagram's highest box, line or label (viewBox y): where a drawing no one steps through starts. */
export function contentTop(diagram: OwnershipDiagram): number {
  const tops = [
    ...diagram.nodes.map((n) => n.box.y0),
    ...diagram.edges.flatMap((e) => [e.labelBox.y0, ...e.samples.map((p) => p.y)]),
    ...(diagram.group ? [diagram.group.box.y0] : []),
  ];
  return Math.max(0, Math.floor(Math.min(diagram.height, ...tops)) - CROP_MARGIN);
}

/**
 * The diagram starting at its content: an image or an embed, where no one steps through the years, has no use for
 * the layout's empty rows above (up to 190 px of a square export).
 */
export function contentCropped(diagram: OwnershipDiagram): OwnershipDiagram {
  return { ...diagram, top: contentTop(diagram) };
}

/** Marks drawn faded: brands switched off, and, while a brand or company is emphasised, everything not touching it. */
export function dimmedMarks(
  diagram: OwnershipDiagram,
  brands: readonly Brand[],
  emphasis: { brands: Highlight; nodeId: string | null },
): { nodes: Set<string>; edges: Set<number> } {
  const brandOf = new Map(diagram.nodes.map((n) => [n.id, n.brand]));
  const isOff = (id: string) => {
    const brand = brandOf.get(id) ?? null;
    return brand !== null && !brands.includes(brand);
  };
  const isOn = (id: string) => {
    const brand = brandOf.get(id) ?? null;
    return brand !== null && brands.includes(brand);
  };
  // A stake stays lit while either end is a selected brand: with Mitsubishi alone, Nissan's 34% still reads.
  const isFilteredOut = (e: DiagramEdge) => (isOff(e.holder) || isOff(e.held)) && !isOn(e.holder) && !isOn(e.held);
  // A company is in focus where it is the hovered one, or where a highlight would not dim it (isDimmedBy).
  const isFocus = (id: string) => (emphasis.nodeId ? id === emphasis.nodeId : emphasis.brands.length > 0 && !isDimmedBy(emphasis.brands, brandOf.get(id) ?? null));
  const hasEmphasis = emphasis.nodeId !== null || emphasis.brands.length > 0;
  const touching = diagram.edges.filter((e) => isFocus(e.holder) || isFocus(e.held));
  const near = new Set([...diagram.nodes.filter((n) => isFocus(n.id)).map((n) => n.id), ...touching.flatMap((e) => [e.holder, e.held])]);
  const nodes = new Set(diagram.nodes.filter((n) => isOff(n.id) || (hasEmphasis && !near.has(n.id))).map((n) => n.id));
  const edges = new Set(
    diagram.edges.filter((e) => isFilteredOut(e) || (hasEmphasis && !touching.includes(e))).map((e) => e.index),
  );
  return { nodes, edges };
}

/** The dataset's turning points dated in `year` ("2022", "2023-01"…), so the card can say what happened then. */
export function eventsInYear(events: readonly AllianceEvent[], year: number): AllianceEvent[] {
  return events.filter((event) => yearOf(event.date) === year);
}
