import { type CueDefinition, consumerCue, customerCue } from './cue-definition.ts';

/**
 * Who the buyers and users are. Organisations as buyers lean B2B (the customer pole of the
 * market dimension); individuals and households lean B2C. People named by their job use
 * products that their employer buys: they are end users, in a B2B market.
 */
export const MARKET_CUES: readonly CueDefinition[] = [
  customerCue(
    'business-buyers',
    'business|businesses|company|companies|firm|firms|enterprise|enterprises|smb|smbs|sme|smes|b2b|corporate|corporates|corporation|corporations|employer|employers|organization|organizations|institution|institutions|hospital|hospitals|clinic|clinics|practice|practices|district|districts|council|councils|municipality|municipalities|utility|utilities|manufacturer|manufacturers|oem|oems|studio|studios|salon|salons|pub|pubs|bar|bars|restaurant|restaurants|hotel|hotels|airline|airlines|agency|agencies|fleet|fleets|chain|chains|grocer|grocers|pharmacy|pharmacies|mills|school_districts|procurement|tenders|tender|formulary|insurers|wholesale|trade|b2b_accounts|mid_market|account|accounts|boutiques|garages|builders|contractors|shippers|publishers',
    { market: 1 },
    'the buyers are organisations',
  ),
  customerCue(
    'business-roles',
    'it_director|it_department|cio|cto|ciso|cisos|cfo|hr_director|hr_directors|hr_buyers|hr|finance_team|finance_buyers|facilities_manager|facilities_managers|facilities_teams|facilities_team|fleet_manager|fleet_managers|travel_manager|travel_managers|category_buyers|supply_chain|head_of|heads_of|owners_of|procurement_lead|account_owner|account_owners',
    { market: 1.2, audience: 0.6 },
    'the buyers are people buying for an organisation',
  ),
  consumerCue(
    'households',
    'household|households|home|homes|family|families|parent|parents|mom|moms|dad|dads|kid|kids|child|children|teen|teens|tween|tweens|toddler|toddlers|baby|babies|consumer|consumers|individual|individuals|people|adult|adults|women|men|girls|boys|retiree|retirees|senior|seniors|student|students|homeowner|homeowners|renter|renters|resident|residents|shopper|shoppers|gamer|gamers|player|players|fan|fans|listener|listeners|viewer|viewers|reader|readers|traveler|travelers|commuter|commuters|driver|drivers|motorist|motorists|rider|riders|diner|diners|drinker|drinkers|patient|patients|sufferer|sufferers|owner|owners|pet_owners|dog_owners|cat_owners|millennials|gen_z|genz|boomers|cooks|home_cooks|guests|passengers|donors|members|subscribers|policyholders|cardholders|mums|singles|couples|newlyweds|hikers|runners|athletes|cyclists|skaters|music_lovers|foodies|flexitarians|vegans',
    { market: 0.8 },
    'the buyers are individuals and households',
  ),
  consumerCue(
    'end-user-people',
    'kid|kids|child|children|teen|teens|tween|tweens|toddler|toddlers|baby|babies|student|students|pupil|pupils|gamer|gamers|player|players|fan|fans|listener|listeners|viewer|viewers|reader|readers|diner|diners|drinker|drinkers|rider|riders|patient|patients|sufferer|sufferers|hikers|runners|athletes|skaters|cats|dogs|pets|puppies|kittens',
    { audience: 0.6 },
    'people who use the product',
  ),
  consumerCue(
    'professional-users',
    'employee|employees|staff|worker|workers|nurse|nurses|surgeon|surgeons|clinician|clinicians|physician|physicians|doctor|doctors|technician|technicians|techs|engineer|engineers|developer|developers|designer|designers|teacher|teachers|recruiter|recruiters|electrician|electricians|carpenter|carpenters|plumber|plumbers|mechanic|mechanics|crew|crews|associate|associates|picker|pickers|farmer|farmers|radiographer|radiographers|tradespeople|tradesmen|apprentice|apprentices|agents|cashiers|analysts|coders|admins|front_desk|warehouse_guys',
    { audience: 1 },
    'people who use a product their employer buys',
  ),
  customerCue(
    'professional-market',
    'employee|employees|staff|worker|workers|nurse|nurses|surgeon|surgeons|clinician|clinicians|physician|physicians|technician|technicians|techs|engineer|engineers|developer|developers|designer|designers|teacher|teachers|recruiter|recruiters|electrician|electricians|carpenter|carpenters|plumber|plumbers|mechanic|mechanics|crew|crews|associate|associates|picker|pickers|farmer|farmers|radiographer|radiographers|tradespeople|tradesmen|apprentice|apprentices|cashiers|analysts|coders|admins|front_desk|warehouse_guys|professionals',
    { market: 0.8 },
    'people at work: the product is bought by their employer',
  ),
];
