/** "Resende" from "Resende, Rio de Janeiro" (or the Japanese "座間、神奈川県"): the name a label shows. */
export function shortCity(city: string): string {
  return city.split(/[,、]/)[0]?.trim() ?? city;
}
