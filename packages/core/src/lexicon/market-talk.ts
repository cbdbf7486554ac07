/**
 * Words that show a text talks about a market at all: the trade itself, the tools of marketing,
 * and a seller speaking of "our" product or buyers (the people a business sells to are found as
 * roles, see `analysis/market-talk.ts`). Matched by stem, so one form of each word is enough. A
 * text with little evidence, none of these words and no one named as paying or using is not a
 * marketing text — a recipe, an office note, a log line — and is left undetermined.
 */
export const MARKET_TALK_WORDS =
  'acquisition ad agency app audience awareness b2b b2c billboard bought brand brief buy ' +
  'buzz campaign churn contest coupon creative creator crm deal dealer demo design discount ' +
  'distribute distributor giveaway hype ig influencer instagram kpi launch lease license ' +
  'loyalty maker manufacture manufacturer market marketplace messaging newsletter offer ' +
  'onboarding order our pipeline pitch platform poster price product promo provide provider ' +
  'publish purchase qbr range reach rebate referral renewal reorder reseller retail retailer ' +
  'retain retention revenue reward roadshow roi sale sampling segment sell serve snapchat ' +
  'software sold sponsor sponsorship startup strategy studio supermarket supplier supply ' +
  'target tasting tiktok trade trailer upsell us vendor voucher wholesale wholesaler ' +
  'wishlist youtube';
