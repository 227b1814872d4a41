/** Deadline text reduced to one spelling, so the date patterns stay simple. */

/**
 * Lower case, HTML tags and entities removed (plans pasted from web pages carry `<p>` and
 * `<sup>th</sup>`), every dash a hyphen, whitespace collapsed.
 * normaliseText("<p>16 <sup>th</sup> Dec 24</p>") → "16 th dec 24"; normaliseText("Once appointed – April 2019") → "once appointed - april 2019".
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;|&#160;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
