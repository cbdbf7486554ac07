import { type CueDefinition, consumerCue, customerCue } from './cue-definition.ts';

/**
 * Who the buyers and users are. Organisations as buyers lean B2B (the customer pole of the
 * market dimension); individuals and households lean B2C. People named by their job use
 * products that their employer buys: they are end users, in a B2B market.
 */
export const MARKET_CUES: readonly CueDefinition[] = [
  customerCue(
    'business-buyers',
    'businesses|companies|firm|care_homes|nursing_homes|nursing_home|housing_associations|charities|churches|resorts|cruise_lines|vineyards|hairdressers|sports_clubs|golf_clubs|enterprise|enterprises|smb|sme|b2b|corporate|corporates|corporation|corporations|employer|employers|organization|organizations|institution|institutions|district|districts|municipality|municipalities|manufacturer|manufacturers|oem|fleet|grocer|grocers|pharmacy|pharmacies|mills|school_districts|procurement|tenders|formulary|insurers|garages|builders|housebuilders|house_builders|contractors|shippers|publishers|corporate_accounts|business_accounts|enterprise_accounts|key_accounts|trade_buyers|trade_customers|trade_accounts|trade_card|trade_partners|trade_promotions|the_trade|adbuyers|hotels|airlines|agencies|councils|utilities|clinics|hospitals|restaurants|boutiques|bars|pubs|salons|studios|chains|practices|hospital_groups|clinic_chains|grocery_chains|retail_chains|supermarket_chains|retail_buyers|wholesale_buyers|wholesale_accounts|dealerships|distributors|resellers|retailers|wholesalers|dealers|stockists|merchants|schools|gyms|bakeries|venues|cafes|florists|nurseries|labs|laboratories|forwarders|freight_forwarders|exporters|importers|isps|carriers|brokers|health_plans|health_payers|nhs_trusts|makers|processors|packers|integrators|installers|law_firms|opticians|dentists|vets|franchisees|operators|co_operatives|cooperatives|event_planners|event_organisers|event_organizers|wedding_planners|caterers|consumer_brands|fashion_brands|beauty_brands|food_brands|drinks_brands|apparel_brands',
    { market: 1 },
    'the buyers are organisations',
  ),
  customerCue(
    'business-roles',
    'it_director|it_department|cio|cto|ciso|cfo|hr_director|hr_directors|hr_buyers|hr|finance_team|finance_buyers|facilities_manager|facilities_managers|facilities_teams|fleet_manager|travel_manager|category_buyers|supply_chain|head_of|procurement_lead|account_owner',
    { market: 1.2, audience: 0.6 },
    'the buyers are people buying for an organisation',
  ),
  consumerCue(
    'households',
    'household|households|home|family|families|parent|parents|mom|dad|kid|child|children|teen|tween|toddler|toddlers|baby|consumers|individual|individuals|people|adult|women|men|girls|boys|retiree|retirees|senior|seniors|student|students|homeowner|homeowners|renter|renters|resident|residents|shopper|shoppers|gamer|player|players|fan|listener|listeners|viewer|viewers|reader|readers|traveler|travelers|commuter|commuters|driver|drivers|motorist|motorists|rider|diner|drinker|drinkers|patient|patients|sufferer|sufferers|pet_owners|dog_owners|cat_owners|millennials|gen_z|genz|boomers|cooks|home_cooks|couples|newlyweds|hikers|runners|athletes|cyclists|skaters|music_lovers|foodies|flexitarians|vegans|residential|domestic|retail_customers|private_customers|personal_customers|home_users|car_owners|home_owners|young_professionals|gym_goers|theatre_goers|festival_goers|concert_goers|cinema_goers|day_trippers|daytrippers|holidaymakers|walk_in_customers|walk_ins|lovers|enthusiasts|nerds|geeks|buffs|junkies|fanatics|aficionados|devotees|beachgoers|crowd',
    { market: 0.8 },
    'the buyers are individuals and households',
  ),
  // Age bands name people: "yoga classes for the over-60s", "bootcamps for 18-24s", "camps for
  // 8-12 year olds" (not a decade: "since the 1990s").
  ...['over|under # s', '# # s', '# #? year_olds', '# to # year_olds|s', '# somethings'].map(
    (pattern) =>
      consumerCue(
        'households',
        pattern,
        { market: 0.8 },
        'the buyers are individuals and households',
      ),
  ),
  consumerCue(
    'paying-people',
    'member|members|subscriber|subscribers|policyholder|policyholders|cardholder|cardholders|holders|guest|passenger|passengers|flyers|donor|givers|owner|patrons|alumni|graduates',
    { market: 0.4 },
    'people in a paying relationship, usually individuals',
  ),
  consumerCue(
    'consumer-products',
    'snack|chips|crisps|burger|burgers|soda|beer|beers|ales|wine|coffee|tea|juice|water|drink|energy_drink|cereal|chocolate|candy|sweets|ice_cream|shampoo|skincare|serum|moisturiser|moisturizer|fragrance|cosmetics|makeup|toothbrush|toothpaste|diaper|diapers|mattress|mattresses|sneaker|sneakers|trainers|jacket|jackets|fashion|apparel|clothing|toy|plush|game|console|headphones|smartphone|phones|car|suv|ev|bike|holiday|holidays|cruise|cruises|vacation|mortgage|credit_card|streaming|pet_food|cat_food|dog_food|groceries|grocery|meal_kit|recipe|recipes|clothes|protein_bars|snack_bars|cereal_bars|granola_bars|energy_bars|chocolate_bars|shampoo_bars|designer_clothes|designer_fashion|designer_handbags|designer_bags|designer_labels|video_game|dress|dresses|shirt|t_shirt|jeans|shoes|boots|handbag|handbags|lipstick|lipsticks|perfume|perfumes|sofa|stroller|strollers|pram|pushchair|pushchairs|nappies|teething_ring|earbuds|smartwatch|scooter|scooters|candle|candles|sunscreen|deodorant|razor|chew_toy|dog_toy|cat_toy',
    { market: 0.5 },
    'a product people buy for themselves',
  ),
  customerCue(
    'business-products',
    'saas|b2b|api|enterprise|industrial|machinery|equipment|components|brackets|chemicals|wholesale|fleet|payroll|erp|crm_software|logistics|freight|shipping_contracts|consumables|formulary|commercial|b2b_software|software_licenses|server|servers|forklift|forklifts|tractor|tractors',
    { market: 0.9 },
    'a product organisations buy',
  ),
  consumerCue(
    'sold-at-retail',
    'sold|available|stocked|on_sale in|at|through|via|by supermarkets|shops|stores|pharmacies|chemists|grocers|department_stores|gift_shops|garden_centres|garden_centers|convenience_stores|corner_shops|high_street|retailers|boutiques|amazon',
    { market: 1 },
    'sold in shops, where people buy for themselves',
  ),
  consumerCue(
    'end-user-people',
    'kid|child|children|teen|tween|toddler|toddlers|baby|student|students|pupil|gamer|player|players|fan|listener|listeners|viewer|viewers|reader|readers|diner|drinker|drinkers|rider|patient|patients|sufferer|sufferers|hikers|runners|athletes|skaters|cats|dogs|pets|puppies|kittens',
    { audience: 0.6 },
    'people who use the product',
  ),
  consumerCue(
    'professional-users',
    'employee|employees|staff|worker|workers|nurse|surgeon|surgeons|clinician|clinicians|physician|physicians|doctor|doctors|technician|technicians|techs|engineer|engineers|developer|developers|designer|designers|teacher|teachers|recruiter|recruiters|electrician|electricians|carpenter|carpenters|plumber|plumbers|mechanic|mechanics|crew|associate|associates|picker|pickers|farmer|farmers|radiographer|radiographers|tradespeople|chef|receptionist|receptionists|mason|applicators|sprayers|courier|couriers|translator|translators|bookkeeper|bookkeepers|attendants|housekeepers|cleaners|caregivers|carers|midwives|pharmacists|hygienists|paramedics|baristas|waiters|agronomists|tradesmen|apprentice|apprentices|agents|cashiers|analysts|coders|admins|front_desk|warehouse_guys',
    { audience: 1 },
    'people who use a product their employer buys',
  ),
  customerCue(
    'professional-market',
    'employee|employees|staff|worker|workers|nurse|surgeon|surgeons|clinician|clinicians|physician|physicians|technician|technicians|techs|engineer|engineers|developer|developers|designer|designers|teacher|teachers|recruiter|recruiters|electrician|electricians|carpenter|carpenters|plumber|plumbers|mechanic|mechanics|crew|associate|associates|picker|pickers|farmer|farmers|growers|planners|radiographer|radiographers|tradespeople|chef|receptionist|receptionists|mason|applicators|sprayers|courier|couriers|translator|translators|bookkeeper|bookkeepers|attendants|housekeepers|cleaners|caregivers|carers|midwives|pharmacists|hygienists|paramedics|baristas|waiters|agronomists|tradesmen|apprentice|apprentices|cashiers|analysts|coders|admins|front_desk|warehouse_guys|professionals',
    { market: 0.8 },
    'people at work: the product is bought by their employer',
  ),
];

/**
 * Organisation nouns that, in the singular, name the seller or a place rather than the buyers:
 * "the clinic chain", "pop-up clinics" are buyers only in the plural ("clinics that reorder").
 * Outside the purchaser phrase, a singular one says little about who buys.
 */
export const SINGULAR_NAMES_THE_SELLER: ReadonlySet<string> = new Set([
  'clinic',
  'hospital',
  'school',
  'company',
  'firm',
  'studio',
  'chain',
  'bar',
  'pub',
  'hotel',
  'agency',
  'boutique',
  'restaurant',
  'salon',
  'practice',
  'pharmacy',
  'garage',
  'airline',
  'gym',
  'venue',
  'bakery',
  'cafe',
  'florist',
  'council',
  'utility',
  'nursery',
  'lab',
  'operator',
  'provider',
  'supplier',
  'manufacturer',
  'maker',
  'vendor',
  'startup',
  'platform',
]);

/** The market cues that name a kind of product, not the people or organisations who buy it. */
export const PRODUCT_KIND_CUES: ReadonlySet<string> = new Set([
  'consumer-products',
  'business-products',
]);
