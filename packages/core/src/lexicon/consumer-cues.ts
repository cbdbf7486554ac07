import { type CueDefinition, consumerCue as cue } from './cue-definition.ts';

/**
 * Wordings of consumer marketing: creating demand and awareness in the broad market,
 * one-to-many reach, the experience of using the product, and research into the market.
 * Drawn from the seeds' descriptions of the consumer market and consumer marketing.
 */
export const CONSUMER_CUES: readonly CueDefinition[] = [
  // Demand and awareness (focus)
  cue(
    'awareness',
    'awareness|brand_lift|buzz|excitement|hype|noise|recall|recognition|salience|share_of_voice|top_of_mind|visibility',
    'f2.38 s.4',
    'makes the brand known',
  ),
  cue(
    'brand-building',
    'brand awareness|build|campaign|film|launch|love|partnerships|platform|positioning|preference|recognition|refresh|spot|story',
    'f1.2 r.4',
    "builds the brand in people's minds",
  ),
  cue(
    'build-brand',
    'build|grow our|the awareness|brand|buzz|demand|fame|hype|name|preference',
    'f1.2',
    "builds the brand in people's minds",
  ),
  cue(
    'demand',
    'appetite|ask_for|ask_for_it|ask_their|champion|cravings|demand|desire|lobby|name_our_brand|pull|push_for_it|want_it',
    'f1.2 a.4',
    'creates demand',
  ),
  cue(
    'win-people',
    'court|win|woo all|every|more|new|over|the? diners|drivers|families|fans|gamers|guests|hearts|households|listeners|newcomers|parents|patients|people|players|readers|shoppers|students|travellers|user|users|viewers',
    'f1.2 s.6',
    'the goal is winning people over: acquisition',
  ),
  cue(
    'make-them-want',
    'get|make ** beg|crave|want',
    'f1.2 a.4',
    'the goal is making people want it',
  ),
  cue(
    'audience-growth',
    'audience_growth|fan_base|fanbase|follower_growth|followers|listenership|readership|viewership',
    'f1.2 s.8 a.4',
    'grows the audience in the market',
  ),
  cue(
    'consideration',
    'consideration|consideration_set|curiosity|discover|discoverability|discovery|favorability|favourability|intent|interest|preference',
    'f.6',
    'moves people towards choosing the brand',
  ),
  cue(
    'launch',
    'debut|go_to_market|introduce|introducing|introduction|launches|launching|opening|premiere|relaunch|reveal|roll_out|rollout|unveil',
    'f1 s.4',
    'introduces something to the market',
  ),
  cue(
    'teaser',
    'announcement|countdown|sneak_peek|teaser|trailer',
    'f1.2 r.6',
    'builds anticipation in the market',
  ),
  cue(
    'acquisition',
    'acquire|acquiring|acquisition|app_installs|app_store_optimisation|aso|bring_in|downloads|first_time|first_timers|foot_traffic|footfall|new_audiences|new_buyers|new_customers|new_drinkers|new_faces|new_fans|new_listeners|new_market|new_members|new_people|new_players|new_readers|new_segment|new_to|new_users|newcomers|prospecting|pull_in|reach_new|seo|sign_ups|signups|strangers|win_new|win_over',
    'f1.2 s1.2',
    'wins people who are not buyers yet',
  ),
  cue(
    'new-people',
    'brand_new|new audiences|borrowers|cyclists|diners|donors|drivers|families|fans|gamers|givers|guests|homeowners|households|investors|learners|listeners|members|patients|players|readers|renters|riders|runners|savers|shoppers|skiers|students|subscribers|supporters|travellers|viewers|visitors',
    'f1 s1.2',
    'wins people who are not buyers yet',
  ),
  cue(
    'never-heard',
    'never|not been|booked|bought|considered|driven|experienced|flown|heard|joined|knew|know|listened|met|ordered|owned|played|read|seen|set_foot|shopped|stayed|subscribed|tried|used|visited|watched|worn',
    'f1 s1.4',
    'people who do not know us yet',
    true,
  ),
  cue(
    'dont-know-us',
    'not bank|buy|know|shop * us|yet',
    'f1 s1.4',
    'people who do not know us yet',
    true,
  ),
  cue(
    'beyond-our-base',
    'not just|merely|only current|existing|our current|existing? base|buyers|clients|customers|fans|list|members|players|regulars|subscribers|users',
    's2 f.8',
    'reaches past the buyers we have',
    true,
  ),
  cue(
    'not-yet',
    'not yet buyers|clients|customers|members|subscribers|users|with',
    'f1 s1.4',
    'people who do not buy from us yet',
    true,
  ),
  cue(
    'unaware',
    'lapsed_category|nonbuyers|noncustomers|nonmembers|nonusers|unaware|unfamiliar|unreached|untapped',
    's1.4 f.8',
    'people outside our customer base',
  ),
  cue(
    'non-buyers',
    'non attendees|buyers|cardholders|clients|customers|donors|drinkers|gamers|guests|holders|listeners|members|owners|patients|players|purchasers|readers|shoppers|students|subscribers|users|viewers|visitors',
    's1.4 f.8',
    'people who do not buy from us yet',
  ),
  cue(
    'trial',
    '100_night|demo|demonstration|free_first|free_licence|free_sample|free_tier|free_trial|free_version|freemium|giveaway|giveaways|hands_on|playable|sampling|swag|taste_test|tasting|tastings|test_drive|trial|tried_it|try|try_it',
    'f1 e.8 r.4',
    "gets the product into new users' hands",
  ),
  cue(
    'positioning',
    'challenger|differentiate|differentiated|differentiation|position|positioned|reposition|stand_out|versus|vs',
    'f1.5 i.9',
    'positions the brand against the market',
  ),
  cue(
    'against-rivals',
    'against|beat|over|versus|vs big|leading|local|our|the|two alternatives|brands|carriers|competitor|incumbent|players|rival',
    'i1.2 f.6',
    'positioned against competitors',
  ),
  cue(
    'brand-term',
    'brand_awareness|brand_campaign|brand_love|brand_preference|branding',
    'f.8',
    'works on the brand',
  ),
  cue(
    'fans',
    'community|cult|fan|fandom|hype_among|superfan|superfans',
    'f.8 a.6',
    'builds a following of users',
  ),
  cue(
    'consumer-marketing-term',
    'consumer|end_user|end_users|general_public|mass_market',
    'a1 s1',
    'the broad market of users',
  ),
  // Reach: mass, one-to-many channels (relationship, scope)
  cue(
    'mass-media',
    'ad_break|adverts|billboard|billboards|bus_shelters|cinema|commercial_break|connected_tv|ctv|door_drops|door_hangers|jingle|leaflets|magazine_ads|ooh|out_of_home|outdoor|poster|press_ads|print_ads|radio|sponsor|sponsored|sponsoring|sponsorship|sponsorships|spot|streaming_tv|television',
    'r1.4 f.8 s.6',
    'one-to-many mass media',
  ),
  cue(
    'social-media',
    'creators|display_ads|facebook|ig|influencers|insta|instagram|linkedin|livestream|livestreaming|livestreams|memes|paid_social|pinterest|podcast|podcasts|programmatic|reels|search_ads|snapchat|social|social_ads|social_video|streamers|tiktok|twitch|ugc|viral|x_ads|youtube|youtube_shorts',
    'r1.2 f.8 s.5',
    'broad reach through social and digital media',
  ),
  cue(
    'events',
    'activation|activations|booth|challenge|competition|conference_booth|contest|events|expo|fair|festivals|hackathon|hackathons|jam|meetups|party|pop_up|popup|roadshow|stunt|tour|trade_show',
    'r1 f.8',
    'one-to-many events that reach new people',
  ),
  cue(
    'reach',
    'broad|broader|extending|incremental|mass|max|maximise|maximizing|maximum|more|paid|pure|total|wide|wider reach',
    'f1 s1 r.4',
    'the goal is reaching as many people as possible',
  ),
  cue(
    'reach-frequency',
    'reach and frequency',
    'f1 s1',
    'planned in reach and frequency, a one-to-many measure',
  ),
  cue(
    'mass-scale',
    'across_europe|across_the_country|across_the_industry|across_the_market|across_the_region|anyone|broad|broadly|city_wide|citywide|countrywide|everybody|everyone|everywhere|general_public|global|mass|millions|nationally|nationwide|public|region_wide|regionwide|statewide|the_entire|the_public|the_whole|worldwide',
    's1.4 r.8',
    'addresses the market at large',
  ),
  cue(
    'wider-market',
    'addressable|broad|broader|entire|overall|total|whole|wider audience|category|market|population|public',
    's1.6 i.4',
    'the market at large',
  ),
  cue('consumer-market-term', 'consumer market', 's1.6 i.6', 'the broad market of users'),
  cue(
    'market-share',
    'category_growth|market_share|penetration|share_of_market',
    's1 i.8',
    'measured across the market',
  ),
  cue(
    'switch-provider',
    'move|switched away|bank|brand|carrier|insurer|lender|network|networks|operator|over|provider|retailer|supplier',
    'r1.4 i.6 s.6',
    'transactional: people move between brands',
  ),
  ...[
    'bargain_hunters|brand_agnostic|brand_switching|compare|comparing|comparison|deal_hunters|deal_seekers|different_operators|disloyal|dupes|hop_between|hoppers|little_brand_loyalty|low_brand_loyalty|many_brands|many_different|many_retailers|move_between|multiple_brands|no_brand_loyalty|no_loyalty|not_loyal|on_promotion|price_aware|price_comparison|price_hoppers|price_hopping|price_sensitive|promiscuous|rarely_stay|several_brands|several_lenders|shop_around|switchers|switches_between|whichever_brand|whichever_is|whichever_shop|whichever_store|whoever_is_cheapest',
    // "pick whichever antihistamine is on offer", "grab whatever's cheapest"
    'whatever|whichever * cheaper|cheapest|closest|nearest|on_deal|on_offer|on_promotion|on_sale',
  ].map((pattern) =>
    cue('switching', pattern, 'r1.4 i.6 s.6', 'transactional: people move between brands'),
  ),
  cue(
    'many-brands',
    'competing|different|multiple|other|rival|several|various * banks|brands|labels|lenders|providers|retailers|suppliers',
    'r1.2 i.6 s.6',
    'transactional: people buy across many brands',
  ),
  // The use of the product (emphasis)
  cue(
    'experience',
    'adventure|calm|comfort|comfortable|creamy|delicious|delight|enjoy|enjoyment|escape|experiences|feel|flavour|fresh|fun|getaway|joy|lifestyle|magic|moment|playful|silly|spontaneous|story|taste|the_view|thrill|views|warmth|weekend_trips',
    'e1.2',
    'sells the experience of using it',
  ),
  cue(
    'how-it',
    'how|what it? easy|fast|feels|fits|handles|helps|lasts|looks|performs|quick|sounds|tastes|well|works',
    'e1.2',
    'shows the product in use',
  ),
  cue(
    'benefits',
    'benefit|benefits|cleaner|convenience|durability|easier|faster|healthier|lighter|outcome|performance|quality|quicker|quieter|result|safer|savings|simpler|speed|stronger|tougher|warmer',
    'e1.2',
    'sells the benefits of using it',
  ),
  cue(
    'usage',
    'brushing|cook|daily|day_to_day|drink|eat|everyday|hands_on|in_action|in_the_hand|in_their_hands|in_use|play|ride|sleeping|usage|use|wear',
    'e.8 a.6',
    'about using the product',
  ),
  cue(
    'product-use',
    'app_experience|badges|coaching_mode|contactless_check_in|digital_check_in|gamification|in_app|in_product|leaderboard|leaderboards|mobile_check_in|mobile_key|online_check_in|payslip_app|redemption_journey|room_controls|self_check_in|streak|ui|usability|user_experience|user_journey|ux',
    'e1 a.4',
    'shapes how people use the product',
  ),
  cue(
    'features',
    'app_tips|demo_video|feature|features|how_to|myth_busting|onboarding_tips|showcase|showcases|showing|tips|tutorial|tutorials|unboxing|walkthrough',
    'e1 f.4',
    'shows how the product is used',
  ),
  cue(
    'problem-solved',
    'desires|dream|fear|fed_up|frustration|frustrations|hate|pain|pain_points|problems|struggle|struggles|worry',
    'e.48 i.24',
    "speaks to the user's problems and desires",
  ),
  // "Needs" and "wants" are nouns here, never "we need a plan".
  cue(
    'their-needs',
    'basic|changing|daily|everyday|family|patient|people|player|real|specific|their|unmet|user|users needs|wants',
    'e.8 i.4',
    'speaks to what users need and want',
  ),
  // The end user (audience)
  cue(
    'facing',
    'clinician|consumer|driver|end_user|fan|kid|motorist|parent|patient|player|public|shopper|student|teacher|user facing',
    'a1.2 f.4',
    'faces the end users',
  ),
  cue(
    'brand-out-there',
    'get|put our|the brand|name out|out_there',
    'f1.4 s.6',
    'spreads the brand',
  ),
  cue(
    'hands-on',
    'calculator|cartoon|cartoons|challenges|character|characters|checker|competitions|contests|course|game|gamified|hands_on|in_their_hands|mascot|play_zone|playground|quiz|quizzes|recipe|simulator|try_on',
    'e1.05',
    'people get to use or play with the product',
  ),
  cue(
    'broad-campaign',
    'advertising|christmas|citywide|community|consumer|creator|digital|education|educational|employee_facing|health|holiday|influencer|local|mass|member_facing|national|nationwide|ooh|outdoor|parent_facing|patient_facing|public|radio|recruitment|regional|repositioning|resident|seasonal|shopper_facing|site_worker|social|streamer|student|summer|tv|user_facing|wellness|worker blitz|campaign|push',
    's1.2 f.9 r.9',
    'a one-to-many campaign aimed at a broad group',
  ),
  cue(
    'encourage-use',
    'encourage|encourages|get|invite|nudge * to book|download|install|join|sign_up|start|switch|try|use|visit',
    'e.24 f.18',
    'moves people to try or use the product',
  ),
  cue(
    'one-to-many',
    'ads|campaigns|content|newsletter|newsletters|posts|trailers|video|vlog|webinar|webinars',
    'r.84',
    'one message to many people',
  ),
  cue(
    'message-about',
    'adverts|campaign|claim|content|copy|creative|film|messages|spot|story|tagline|video about|around|featuring|highlighting|on|showing|that_shows',
    'e1.35',
    'the message is about the product and its use',
  ),
  cue(
    'telling-users',
    'explaining|inspiring|reminding_people|showing|teaching|telling * about|how|that_they|that_you|they_can|what|where|why|you_can',
    'e1.5',
    'shows people what the product does for them',
  ),
  cue(
    'end-user',
    'end_user|end_users|enduser|endusers|people_who_use|practitioners|user|users|using_the|who_actually_use|who_use|who_will_use',
    'a1.4',
    'addresses whoever uses the product',
  ),
  cue(
    'who-use',
    'actually|ll|that|who|will drink|drive|eat|listen|play|read|receive|ride|sit|use|watch|wear',
    'a1.2 e.3',
    'addresses whoever uses the product',
  ),
  // Research into the market (insight)
  cue(
    'research',
    'data_on|ethnography|focus_group|insight|panel|report_shows|research|shows_that|social_listening|statistics|stats_on|study|survey|trend_data|trending',
    'i1.4',
    'decisions drawn from research into the market',
  ),
  cue(
    'consumer-research',
    'audience|category|consumer|industry|market|shopper|user analysis|data|insights|research|study|survey|trends',
    'i1.6 s.6',
    'research into the market',
  ),
  cue(
    'behaviour',
    'attitudes|behavioral|behaviors|demographics|habits|lifestyles|motivations|personas|preferences|psychographics',
    'i.22 s.07',
    'studies behaviour and preferences across the market',
  ),
  cue(
    'competitive',
    'benchmark|benchmarking|category_leaders|competitive|competitors|incumbents|landscape|market_leader|rival',
    'i1.2',
    'studies competitors',
  ),
  cue(
    'growing-market',
    'declining|growing|moving|rising|shift away|to|toward',
    'i1',
    'reads a trend in the market',
  ),
  cue(
    'search-interest',
    'branded_search|google_trends|search_interest|search_trends|search_volume|share_of_search',
    'i.8 f1',
    'measured by interest across the market',
  ),
];
