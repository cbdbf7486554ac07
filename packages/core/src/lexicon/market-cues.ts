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
    'businesses|companies|firm|care_homes|nursing_homes|housing_associations|charities|churches|resorts|cruise_lines|vineyards|hairdressers|sports_clubs|golf_clubs|enterprise|smb|sme|b2b|corporate|employer|organization|institution|district|municipality|manufacturer|oem|fleet|grocer|pharmacy|mills|school_districts|procurement|tenders|formulary|insurers|garages|builders|housebuilders|house_builders|contractors|shippers|publishers|corporate_accounts|business_accounts|enterprise_accounts|key_accounts|trade_buyers|trade_customers|trade_accounts|trade_card|trade_partners|trade_promotions|the_trade|adbuyers|hotels|airlines|agencies|councils|utilities|clinics|hospitals|restaurants|boutiques|bars|pubs|salons|studios|chains|practices|hospital_groups|clinic_chains|grocery_chains|retail_chains|supermarket_chains|retail_buyers|wholesale_buyers|wholesale_accounts|dealerships|distributors|resellers|retailers|wholesalers|dealers|stockists|merchants|schools|gyms|bakeries|venues|cafes|florists|nurseries|labs|laboratories|forwarders|freight_forwarders|exporters|importers|isps|carriers|brokers|health_plans|health_payers|nhs_trusts|makers|processors|packers|integrators|installers|law_firms|opticians|dentists|vets|franchisees|operators|co_operatives|cooperatives|event_planners|event_organisers|wedding_planners|caterers|consumer_brands|fashion_brands|beauty_brands|food_brands|drinks_brands|apparel_brands',
    'm1',
    'the buyers are organisations',
  ),
  customerCue(
    'business-roles',
    'it_director|it_department|cio|cto|ciso|cfo|hr_director|hr_buyers|hr|finance_team|finance_buyers|facilities_manager|facilities_teams|fleet_manager|travel_manager|category_buyers|supply_chain|head_of|procurement_lead|account_owner',
    'm1.2 a.6',
    'the buyers are people buying for an organisation',
  ),
  consumerCue(
    'households',
    'household|home|family|parent|mom|dad|kid|child|children|teen|tween|toddler|baby|consumers|individual|people|adult|women|men|girls|boys|retiree|senior|student|homeowner|renter|resident|shopper|gamer|player|fan|listener|viewer|reader|traveler|commuter|driver|motorist|rider|diner|drinker|patient|sufferer|pet_owners|dog_owners|cat_owners|millennials|gen_z|genz|boomers|cooks|home_cooks|couples|newlyweds|hikers|runners|athletes|cyclists|skaters|music_lovers|foodies|flexitarians|vegans|residential|domestic|retail_customers|private_customers|personal_customers|home_users|car_owners|home_owners|young_professionals|gym_goers|theatre_goers|festival_goers|concert_goers|cinema_goers|day_trippers|daytrippers|holidaymakers|walk_in_customers|walk_ins|lovers|enthusiasts|nerds|geeks|buffs|junkies|fanatics|aficionados|devotees|beachgoers|crowd|b2c|back_to_school',
    'm.8',
    'the buyers are individuals and households',
  ),
  // Age bands name people: "yoga classes for the over-60s", "bootcamps for 18-24s", "camps for
  // 8-12 year olds" (not a decade: "since the 1990s").
  ...['over|under # s', '# # s', '# #? year_olds', '# to # year_olds|s', '# somethings'].map(
    (pattern) =>
      consumerCue('households', pattern, 'm.8', 'the buyers are individuals and households'),
  ),
  consumerCue(
    'paying-people',
    'member|subscriber|policyholder|cardholder|holders|guest|passenger|flyers|donor|givers|gifter|owner|patrons|alumni|graduates',
    'm.4',
    'people in a paying relationship, usually individuals',
  ),
  consumerCue(
    'consumer-products',
    'snack|chips|crisps|burger|soda|beer|beers|ales|wine|coffee|tea|juice|water|drink|energy_drink|cereal|chocolate|candy|sweets|ice_cream|shampoo|skincare|serum|moisturiser|fragrance|cosmetics|makeup|toothbrush|toothpaste|diaper|mattress|mattresses|sneaker|sneakers|trainers|jacket|fashion|apparel|clothing|toy|plush|game|console|headphones|smartphone|phones|car|suv|ev|bike|holidays|cruise|vacation|mortgage|credit_card|streaming|pet_food|cat_food|dog_food|groceries|meal_kit|recipe|protein_bars|snack_bars|cereal_bars|granola_bars|energy_bars|chocolate_bars|shampoo_bars|designer_clothes|designer_fashion|designer_handbags|designer_bags|designer_labels|video_game|dress|shirt|t_shirt|jeans|shoes|boots|handbag|lipstick|lipsticks|perfume|perfumes|sofa|stroller|strollers|pram|pushchair|pushchairs|teething_ring|earbuds|smartwatch|scooter|scooters|candle|sunscreen|deodorant|razor|chew_toy|dog_toy|cat_toy',
    'm.5',
    'a product people buy for themselves',
  ),
  customerCue(
    'business-products',
    'saas|b2b|api|enterprise|industrial|machinery|equipment|components|brackets|chemicals|wholesale|fleet|payroll|erp|crm_software|logistics|freight|shipping_contracts|consumables|formulary|commercial|b2b_software|software_licenses|server|forklift|forklifts|tractor|tractors',
    'm.9',
    'a product organisations buy',
  ),
  consumerCue(
    'sold-at-retail',
    'sold|available|stocked|on_sale in|at|through|via|by supermarkets|shops|stores|pharmacies|chemists|grocers|department_stores|gift_shops|garden_centres|convenience_stores|corner_shops|high_street|retailers|boutiques|amazon',
    'm1',
    'sold in shops, where people buy for themselves',
  ),
  consumerCue(
    'end-user-people',
    'kid|child|children|teen|tween|toddler|baby|student|pupil|gamer|player|fan|listener|viewer|reader|diner|drinker|rider|patient|sufferer|hikers|runners|athletes|skaters|cats|dogs|pets|puppies|kittens',
    'a.6',
    'people who use the product',
  ),
  consumerCue(
    'professional-users',
    'employee|staff|worker|nurse|surgeon|clinician|physician|doctor|technician|techs|engineer|developer|designer|teacher|recruiter|electrician|carpenter|plumber|mechanic|crew|associate|picker|farmer|radiographer|tradespeople|chef|receptionist|mason|applicators|sprayers|courier|translator|bookkeeper|attendants|housekeepers|cleaners|caregivers|carers|midwives|pharmacists|hygienists|paramedics|baristas|waiters|agronomists|tradesmen|apprentice|agents|cashiers|analysts|coders|admins|front_desk|warehouse_guys',
    'a1',
    'people who use a product their employer buys',
  ),
  customerCue(
    'professional-market',
    'employee|staff|worker|nurse|surgeon|clinician|physician|technician|techs|engineer|developer|designer|teacher|recruiter|electrician|carpenter|plumber|mechanic|crew|associate|picker|farmer|growers|planners|radiographer|tradespeople|chef|receptionist|mason|applicators|sprayers|courier|translator|bookkeeper|attendants|housekeepers|cleaners|midwives|pharmacists|hygienists|paramedics|baristas|waiters|agronomists|tradesmen|apprentice|cashiers|analysts|coders|admins|front_desk|warehouse_guys|professionals',
    'm.8',
    'people at work: the product is bought by their employer',
  ),
];
