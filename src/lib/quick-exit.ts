/** A neutral page that gives nothing away about where the young person was. */
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
