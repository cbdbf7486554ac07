/**
 * Words that show a text talks about a market at all: the trade itself, the tools of marketing,
 * and a seller speaking of "our" product or buyers (the people a business sells to are found as
 * roles, see `analysis/market-talk.ts`). Matched by stem, so one form of each word is enough. A
 * text with little evidence, none of these words and no one named as paying or using is not a
 * marketing text — a recipe, an office note, a log line — and is left undetermined.
 */
export const MARKET_TALK_WORDS = `
audience
market marketing campaign brand product range app software platform marketplace studio startup
agency vendor supplier maker manufacturer retailer reseller distributor dealer wholesaler
wholesale retail trade
sell sold sale supply provide provider manufacture design publish distribute lease license serve
buy bought purchase order reorder us
ad advert advertising promo promotion promote launch trailer demo creative messaging pitch poster
billboard sponsorship sponsor influencer creator tiktok instagram ig snapchat youtube newsletter
loyalty reward discount offer deal voucher coupon rebate awareness hype buzz brief strategy
segment target reach acquisition retention retain churn upsell renewal onboarding referral
wishlist tasting roadshow contest giveaway sampling supermarket
b2b b2c crm kpi roi qbr pipeline revenue pricing price our
`;
