import { type CueDefinition, consumerCue, customerCue } from './cue-definition.ts';
import { wordSet } from './word-set.ts';

/**
 * Organisation nouns that, in the singular, name the seller or a place rather than the buyers:
 * "the clinic chain", "pop-up clinics" are buyers only in the plural ("clinics that reorder").
 * Outside the purchaser phrase, a singular one says little about who buys. Only the nouns a cue
 * with a market weight can end on are listed: on any other hit the singular changes nothing.
 */
export const SINGULAR_NAMES_THE_SELLER: ReadonlySet<string> = wordSet(
  'agency airline bakery bar boutique cafe chain clinic company council firm florist ' +
    'garage gym hospital hotel lab maker manufacturer nursery operator pharmacy practice pub ' +
    'restaurant salon school studio utility venue',
);

/** The market cues that name a kind of product, not the people or organisations who buy it. */
export const PRODUCT_KIND_CUES: ReadonlySet<string> = new Set([
  'consumer-products',
  'business-products',
]);

/**
 * Who the buyers and users are. Organisations as buyers lean B2B (the customer pole of the
 * market dimension); individuals and households lean B2C. People named by their job use
 * products that their employer buys: they are end users, in a B2B market.
 */
export const MARKET_CUES: readonly CueDefinition[] = [
  customerCue(
    'business-buyers',
    'adbuyers|agencies|airlines|apparel_brands|b2b|bakeries|bars|beauty_brands|boutiques|brokers|builders|business_accounts|businesses|cafes|care_homes|carriers|caterers|chains|charities|churches|clinic_chains|clinics|co_operatives|companies|consumer_brands|contractors|cooperatives|corporate|corporate_accounts|councils|cruise_lines|dealers|dealerships|dentists|distributors|district|drinks_brands|employer|enterprise|enterprise_accounts|event_organisers|event_planners|exporters|fashion_brands|firm|fleet|florists|food_brands|formulary|forwarders|franchisees|freight_forwarders|garages|golf_clubs|grocer|grocery_chains|gyms|hairdressers|health_payers|health_plans|hospital_groups|hospitals|hotels|house_builders|housebuilders|housing_associations|importers|installers|institution|insurers|integrators|isps|key_accounts|laboratories|labs|law_firms|makers|manufacturer|merchants|mills|municipality|nhs_trusts|nurseries|nursing_homes|oem|operators|opticians|organization|packers|pharmacy|practices|processors|procurement|publishers|pubs|resellers|resorts|restaurants|retail_buyers|retail_chains|retailers|salons|school_districts|schools|shippers|smb|sme|sports_clubs|stockists|studios|supermarket_chains|tenders|the_trade|trade_accounts|trade_buyers|trade_card|trade_customers|trade_partners|trade_promotions|utilities|venues|vets|vineyards|wedding_planners|wholesale_accounts|wholesale_buyers|wholesalers',
    'm1',
    'the buyers are organisations',
  ),
  customerCue(
    'business-roles',
    'account_owner|category_buyers|cfo|cio|ciso|cto|facilities_manager|facilities_teams|finance_buyers|finance_team|fleet_manager|head_of|hr|hr_buyers|hr_director|it_department|it_director|procurement_lead|supply_chain|travel_manager',
    'm1.2 a.6',
    'the buyers are people buying for an organisation',
  ),
  consumerCue(
    'households',
    'adult|aficionados|athletes|b2c|baby|back_to_school|beachgoers|boomers|boys|buffs|car_owners|cat_owners|child|children|cinema_goers|commuter|concert_goers|consumers|cooks|couples|crowd|cyclists|dad|day_trippers|daytrippers|devotees|diner|dog_owners|domestic|drinker|driver|enthusiasts|family|fan|fanatics|festival_goers|flexitarians|foodies|gamer|geeks|gen_z|genz|girls|gym_goers|hikers|holidaymakers|home|home_cooks|home_owners|home_users|homeowner|household|individual|junkies|kid|listener|lovers|men|millennials|mom|motorist|music_lovers|nerds|newlyweds|parent|patient|people|personal_customers|pet_owners|player|private_customers|reader|renter|resident|residential|retail_customers|retiree|rider|runners|senior|shopper|skaters|student|sufferer|teen|theatre_goers|toddler|traveler|tween|vegans|viewer|walk_in_customers|walk_ins|women|young_professionals',
    'm.8',
    'the buyers are individuals and households',
  ),
  // Age bands name people: "yoga classes for the over-60s", "bootcamps for 18-24s", "camps for
  // 8-12 year olds" (not a decade: "since the 1990s").
  ...['over|under # s', '# # s', '# #? year_olds', '# to # s|year_olds', '# somethings'].map(
    (pattern) =>
      consumerCue('households', pattern, 'm.8', 'the buyers are individuals and households'),
  ),
  consumerCue(
    'paying-people',
    'alumni|cardholder|donor|flyers|gifter|givers|graduates|guest|holders|member|owner|passenger|patrons|policyholder|subscriber',
    'm.4',
    'people in a paying relationship, usually individuals',
  ),
  consumerCue(
    'consumer-products',
    'ales|apparel|beer|beers|bike|boots|burger|candle|candy|car|cat_food|cat_toy|cereal|cereal_bars|chew_toy|chips|chocolate|chocolate_bars|clothing|coffee|console|cosmetics|credit_card|crisps|cruise|deodorant|designer_bags|designer_clothes|designer_fashion|designer_handbags|designer_labels|diaper|dog_food|dog_toy|dress|drink|earbuds|energy_bars|energy_drink|ev|fashion|fragrance|game|granola_bars|groceries|handbag|headphones|holidays|ice_cream|jacket|jeans|juice|lipstick|lipsticks|makeup|mattress|mattresses|meal_kit|moisturiser|mortgage|perfume|perfumes|pet_food|phones|plush|pram|protein_bars|pushchair|pushchairs|razor|recipe|scooter|scooters|serum|shampoo|shampoo_bars|shirt|shoes|skincare|smartphone|smartwatch|snack|snack_bars|sneaker|sneakers|soda|sofa|streaming|stroller|strollers|sunscreen|suv|sweets|t_shirt|tea|teething_ring|toothbrush|toothpaste|toy|trainers|vacation|video_game|water|wine',
    'm.5',
    'a product people buy for themselves',
  ),
  customerCue(
    'business-products',
    'api|b2b|b2b_software|brackets|chemicals|commercial|components|consumables|crm_software|enterprise|equipment|erp|fleet|forklift|forklifts|formulary|freight|industrial|logistics|machinery|payroll|saas|server|shipping_contracts|software_licenses|tractor|tractors|wholesale',
    'm.9',
    'a product organisations buy',
  ),
  consumerCue(
    'sold-at-retail',
    'available|on_sale|sold|stocked at|by|in|through|via amazon|boutiques|chemists|convenience_stores|corner_shops|department_stores|garden_centres|gift_shops|grocers|high_street|pharmacies|retailers|shops|stores|supermarkets',
    'm1',
    'sold in shops, where people buy for themselves',
  ),
  consumerCue(
    'end-user-people',
    'athletes|baby|cats|child|children|diner|dogs|drinker|fan|gamer|hikers|kid|kittens|listener|patient|pets|player|pupil|puppies|reader|rider|runners|skaters|student|sufferer|teen|toddler|tween|viewer',
    'a.6',
    'people who use the product',
  ),
  consumerCue(
    'professional-users',
    'admins|agents|agronomists|analysts|applicators|apprentice|associate|attendants|baristas|bookkeeper|caregivers|carers|carpenter|cashiers|chef|cleaners|clinician|coders|courier|crew|designer|developer|doctor|electrician|employee|engineer|farmer|front_desk|housekeepers|hygienists|mason|mechanic|midwives|nurse|paramedics|pharmacists|physician|picker|plumber|radiographer|receptionist|recruiter|sprayers|staff|surgeon|teacher|technician|techs|tradesmen|tradespeople|translator|waiters|warehouse_guys|worker',
    'a1',
    'people who use a product their employer buys',
  ),
  customerCue(
    'professional-market',
    'admins|agronomists|analysts|applicators|apprentice|associate|attendants|baristas|bookkeeper|carpenter|cashiers|chef|cleaners|clinician|coders|courier|crew|designer|developer|electrician|employee|engineer|farmer|front_desk|growers|housekeepers|hygienists|mason|mechanic|midwives|nurse|paramedics|pharmacists|physician|picker|planners|plumber|professionals|radiographer|receptionist|recruiter|sprayers|staff|surgeon|teacher|technician|techs|tradesmen|tradespeople|translator|waiters|warehouse_guys|worker',
    'm.8',
    'people at work: the product is bought by their employer',
  ),
];
