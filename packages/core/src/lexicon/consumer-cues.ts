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
    'awareness|brand_lift|recall|recognition|visibility|salience|top_of_mind|share_of_voice|buzz|hype|excitement|noise',
    'f2.38 s.4',
    'makes the brand known',
  ),
  cue(
    'brand-building',
    'brand build|campaign|refresh|launch|awareness|preference|recognition|story|film|spot|platform|positioning|love|partnerships',
    'f1.2 r.4',
    "builds the brand in people's minds",
  ),
  cue(
    'build-brand',
    'build|grow the|our brand|name|buzz|hype|preference|demand|awareness|fame',
    'f1.2',
    "builds the brand in people's minds",
  ),
  cue(
    'demand',
    'demand|desire|appetite|cravings|want_it|pull|ask_for_it|ask_for|ask_their|name_our_brand|push_for_it|lobby|champion',
    'f1.2 a.4',
    'creates demand',
  ),
  cue(
    'win-people',
    'win|court|woo over|the|new|more|every|all? people|diners|drivers|patients|shoppers|fans|players|parents|households|families|students|gamers|hearts|users|readers|viewers|listeners|travellers|guests|newcomers|user',
    'f1.2 s.6',
    'the goal is winning people over: acquisition',
  ),
  cue(
    'make-them-want',
    'make|get ** want|beg|crave',
    'f1.2 a.4',
    'the goal is making people want it',
  ),
  cue(
    'audience-growth',
    'readership|listenership|viewership|audience_growth|follower_growth|followers|fanbase|fan_base',
    'f1.2 s.8 a.4',
    'grows the audience in the market',
  ),
  cue(
    'consideration',
    'consideration|consideration_set|preference|favourability|favorability|intent|interest|curiosity|discovery|discover|discoverability',
    'f.6',
    'moves people towards choosing the brand',
  ),
  cue(
    'launch',
    'launches|launching|relaunch|debut|unveil|reveal|premiere|opening|introduce|introducing|introduction|rollout|roll_out|go_to_market',
    'f1 s.4',
    'introduces something to the market',
  ),
  cue(
    'teaser',
    'teaser|trailer|sneak_peek|countdown|announcement',
    'f1.2 r.6',
    'builds anticipation in the market',
  ),
  cue(
    'acquisition',
    'acquisition|acquire|acquiring|strangers|new_faces|prospecting|new_customers|new_buyers|new_users|new_players|new_fans|new_members|new_readers|new_listeners|new_drinkers|new_audiences|new_people|new_market|new_segment|new_to|newcomers|first_time|first_timers|sign_ups|signups|downloads|app_installs|app_store_optimisation|aso|seo|footfall|foot_traffic|reach_new|win_new|win_over|pull_in|bring_in',
    'f1.2 s1.2',
    'wins people who are not buyers yet',
  ),
  cue(
    'new-people',
    'new|brand_new skiers|riders|drivers|households|homeowners|patients|students|visitors|guests|travellers|runners|gamers|cyclists|families|shoppers|diners|renters|investors|savers|borrowers|listeners|viewers|subscribers|members|players|fans|audiences|learners|readers|donors|supporters|givers',
    'f1 s1.2',
    'wins people who are not buyers yet',
  ),
  cue(
    'never-heard',
    'never|not heard|tried|bought|used|considered|shopped|visited|set_foot|experienced|owned|flown|know|knew|seen|met|been|stayed|ordered|booked|joined|subscribed|read|played|watched|listened|worn|driven',
    'f1 s1.4',
    'people who do not know us yet',
    true,
  ),
  cue(
    'dont-know-us',
    'not know|bank|shop|buy * us|yet',
    'f1 s1.4',
    'people who do not know us yet',
    true,
  ),
  cue(
    'beyond-our-base',
    'not just|only|merely our|existing|current existing|current? customers|clients|buyers|members|subscribers|base|players|users|regulars|fans|list',
    's2 f.8',
    'reaches past the buyers we have',
    true,
  ),
  cue(
    'not-yet',
    'not yet customers|users|buyers|members|clients|subscribers|with',
    'f1 s1.4',
    'people who do not buy from us yet',
    true,
  ),
  cue(
    'unaware',
    'unaware|unfamiliar|untapped|unreached|nonusers|nonmembers|noncustomers|nonbuyers|lapsed_category',
    's1.4 f.8',
    'people outside our customer base',
  ),
  cue(
    'non-buyers',
    'non customers|users|members|subscribers|buyers|purchasers|visitors|clients|players|readers|listeners|viewers|donors|owners|drinkers|gamers|holders|cardholders|shoppers|guests|patients|attendees|students',
    's1.4 f.8',
    'people who do not buy from us yet',
  ),
  cue(
    'trial',
    'trial|try|tried_it|try_it|sampling|tasting|tastings|taste_test|test_drive|demo|demonstration|hands_on|free_tier|free_trial|freemium|free_licence|free_version|free_sample|free_first|giveaway|giveaways|swag|100_night|playable',
    'f1 e.8 r.4',
    "gets the product into new users' hands",
  ),
  cue(
    'positioning',
    'position|positioned|differentiation|differentiate|differentiated|stand_out|reposition|challenger|versus|vs',
    'f1.5 i.9',
    'positions the brand against the market',
  ),
  cue(
    'against-rivals',
    'against|versus|vs|beat|over the|two|our|big|leading|local rival|competitor|incumbent|carriers|brands|players|alternatives',
    'i1.2 f.6',
    'positioned against competitors',
  ),
  cue(
    'brand-term',
    'branding|brand_campaign|brand_awareness|brand_love|brand_preference',
    'f.8',
    'works on the brand',
  ),
  cue(
    'fans',
    'fan|superfan|superfans|fandom|community|hype_among|cult',
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
    'television|ctv|connected_tv|streaming_tv|radio|billboard|billboards|outdoor|ooh|poster|bus_shelters|cinema|print_ads|press_ads|magazine_ads|door_drops|door_hangers|leaflets|out_of_home|jingle|spot|adverts|commercial_break|ad_break|sponsorship|sponsorships|sponsor|sponsored|sponsoring',
    'r1.4 f.8 s.6',
    'one-to-many mass media',
  ),
  cue(
    'social-media',
    'tiktok|instagram|insta|ig|youtube|livestream|livestreams|livestreaming|snapchat|pinterest|twitch|reels|youtube_shorts|memes|viral|influencers|creators|streamers|ugc|social|social_video|social_ads|podcast|podcasts|search_ads|display_ads|programmatic|paid_social|linkedin|facebook|x_ads',
    'r1.2 f.8 s.5',
    'broad reach through social and digital media',
  ),
  cue(
    'events',
    'festivals|expo|trade_show|pop_up|popup|roadshow|tour|meetups|events|stunt|activation|activations|competition|challenge|contest|jam|hackathon|hackathons|party|fair|conference_booth|booth',
    'r1 f.8',
    'one-to-many events that reach new people',
  ),
  cue(
    'reach',
    'pure|broad|broader|maximum|max|mass|wide|wider|maximise|maximizing|extending|paid|incremental|more|total reach',
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
    'nationwide|nationally|countrywide|city_wide|citywide|region_wide|regionwide|statewide|worldwide|global|mass|broad|broadly|everyone|everybody|anyone|the_whole|the_entire|across_the_country|across_the_region|across_the_industry|across_the_market|across_europe|everywhere|millions|general_public|the_public|public',
    's1.4 r.8',
    'addresses the market at large',
  ),
  cue(
    'wider-market',
    'wider|broader|broad|whole|entire|total|overall|addressable market|population|public|audience|category',
    's1.6 i.4',
    'the market at large',
  ),
  cue('consumer-market-term', 'consumer market', 's1.6 i.6', 'the broad market of users'),
  cue(
    'market-share',
    'market_share|share_of_market|penetration|category_growth',
    's1 i.8',
    'measured across the market',
  ),
  cue(
    'switch-provider',
    'switched|move brand|provider|supplier|bank|lender|retailer|carrier|network|networks|operator|insurer|away|over',
    'r1.4 i.6 s.6',
    'transactional: people move between brands',
  ),
  ...[
    'switchers|compare|comparing|comparison|shop_around|move_between|many_brands|several_brands|many_retailers|several_lenders|many_different|multiple_brands|different_operators|rarely_stay|low_brand_loyalty|promiscuous|dupes|brand_switching|on_promotion|price_comparison|price_aware|price_sensitive|whoever_is_cheapest|no_brand_loyalty|little_brand_loyalty|no_loyalty|not_loyal|disloyal|price_hopping|price_hoppers|hoppers|hop_between|switches_between|deal_hunters|deal_seekers|bargain_hunters|brand_agnostic|whichever_brand|whichever_shop|whichever_store|whichever_is',
    // "pick whichever antihistamine is on offer", "grab whatever's cheapest"
    'whichever|whatever * on_offer|on_promotion|on_sale|on_deal|cheapest|cheaper|nearest|closest',
  ].map((pattern) =>
    cue('switching', pattern, 'r1.4 i.6 s.6', 'transactional: people move between brands'),
  ),
  cue(
    'many-brands',
    'different|several|multiple|various|rival|competing|other * brands|labels|suppliers|providers|retailers|lenders|banks',
    'r1.2 i.6 s.6',
    'transactional: people buy across many brands',
  ),
  // The use of the product (emphasis)
  cue(
    'experience',
    'experiences|enjoyment|enjoy|fun|joy|delight|delicious|taste|flavour|feel|comfort|comfortable|creamy|fresh|calm|warmth|silly|playful|magic|thrill|adventure|lifestyle|moment|story|the_view|views|spontaneous|escape|getaway|weekend_trips',
    'e1.2',
    'sells the experience of using it',
  ),
  cue(
    'how-it',
    'how|what it? easy|quick|fast|well|feels|tastes|works|looks|sounds|helps|fits|handles|performs|lasts',
    'e1.2',
    'shows the product in use',
  ),
  cue(
    'benefits',
    'benefit|benefits|outcome|result|performance|quality|durability|speed|faster|quicker|lighter|easier|simpler|safer|healthier|quieter|warmer|cleaner|stronger|tougher|savings|convenience',
    'e1.2',
    'sells the benefits of using it',
  ),
  cue(
    'usage',
    'use|usage|in_use|in_action|day_to_day|everyday|daily|hands_on|in_their_hands|in_the_hand|wear|play|ride|drink|eat|brushing|sleeping|cook',
    'e.8 a.6',
    'about using the product',
  ),
  cue(
    'product-use',
    'ux|ui|user_experience|usability|in_app|in_product|app_experience|user_journey|redemption_journey|coaching_mode|badges|streak|leaderboard|leaderboards|gamification|payslip_app|mobile_key|room_controls|mobile_check_in|self_check_in|online_check_in|digital_check_in|contactless_check_in',
    'e1 a.4',
    'shapes how people use the product',
  ),
  cue(
    'features',
    'feature|features|tutorial|tutorials|tips|how_to|walkthrough|onboarding_tips|app_tips|demo_video|unboxing|myth_busting|showing|showcase|showcases',
    'e1 f.4',
    'shows how the product is used',
  ),
  cue(
    'problem-solved',
    'pain|pain_points|frustration|frustrations|fed_up|hate|struggle|struggles|problems|fear|worry|desires|dream',
    'e.48 i.24',
    "speaks to the user's problems and desires",
  ),
  // "Needs" and "wants" are nouns here, never "we need a plan".
  cue(
    'their-needs',
    'their|user|users|everyday|daily|real|changing|unmet|basic|specific|people|patient|player|family needs|wants',
    'e.8 i.4',
    'speaks to what users need and want',
  ),
  // The end user (audience)
  cue(
    'facing',
    'consumer|user|patient|shopper|motorist|driver|player|fan|parent|kid|student|teacher|clinician|public|end_user facing',
    'a1.2 f.4',
    'faces the end users',
  ),
  cue(
    'brand-out-there',
    'get|put the|our brand|name out|out_there',
    'f1.4 s.6',
    'spreads the brand',
  ),
  cue(
    'hands-on',
    'game|gamified|quiz|quizzes|challenges|competitions|contests|course|play_zone|playground|character|characters|cartoon|cartoons|mascot|recipe|checker|calculator|simulator|try_on|hands_on|in_their_hands',
    'e1.05',
    'people get to use or play with the product',
  ),
  cue(
    'broad-campaign',
    'consumer|wellness|health|education|educational|public|local|regional|national|nationwide|citywide|mass|tv|radio|outdoor|ooh|social|digital|influencer|creator|streamer|seasonal|summer|christmas|holiday|repositioning|recruitment|advertising|parent_facing|user_facing|member_facing|patient_facing|employee_facing|shopper_facing|worker|site_worker|student|resident|community campaign|push|blitz',
    's1.2 f.9 r.9',
    'a one-to-many campaign aimed at a broad group',
  ),
  cue(
    'encourage-use',
    'encourage|encourages|nudge|get|invite * to use|try|download|install|book|switch|sign_up|join|visit|start',
    'e.24 f.18',
    'moves people to try or use the product',
  ),
  cue(
    'one-to-many',
    'video|webinar|webinars|campaigns|ads|content|posts|newsletter|newsletters|vlog|trailers',
    'r.84',
    'one message to many people',
  ),
  cue(
    'message-about',
    'messages|story|spot|adverts|campaign|content|film|video|creative|copy|claim|tagline about|on|showing|featuring|around|highlighting|that_shows',
    'e1.35',
    'the message is about the product and its use',
  ),
  cue(
    'telling-users',
    'telling|showing|teaching|inspiring|reminding_people|explaining * how|what|where|why|about|they_can|you_can|that_they|that_you',
    'e1.5',
    'shows people what the product does for them',
  ),
  cue(
    'end-user',
    'user|users|end_user|end_users|enduser|endusers|people_who_use|who_use|who_will_use|who_actually_use|using_the|practitioners',
    'a1.4',
    'addresses whoever uses the product',
  ),
  cue(
    'who-use',
    'who|that|will|actually|ll use|wear|drink|eat|ride|play|sit|drive|receive|listen|read|watch',
    'a1.2 e.3',
    'addresses whoever uses the product',
  ),
  // Research into the market (insight)
  cue(
    'research',
    'research|survey|study|panel|focus_group|ethnography|social_listening|trending|trend_data|insight|data_on|statistics|stats_on|report_shows|shows_that',
    'i1.4',
    'decisions drawn from research into the market',
  ),
  cue(
    'consumer-research',
    'consumer|market|category|industry|shopper|audience|user research|survey|insights|data|trends|study|analysis',
    'i1.6 s.6',
    'research into the market',
  ),
  cue(
    'behaviour',
    'behaviors|behavioral|habits|preferences|attitudes|motivations|lifestyles|psychographics|demographics|personas',
    'i.22 s.07',
    'studies behaviour and preferences across the market',
  ),
  cue(
    'competitive',
    'competitors|competitive|rival|incumbents|landscape|benchmark|benchmarking|category_leaders|market_leader',
    'i1.2',
    'studies competitors',
  ),
  cue(
    'growing-market',
    'growing|rising|declining|shift|moving toward|to|away',
    'i1',
    'reads a trend in the market',
  ),
  cue(
    'search-interest',
    'search_volume|search_interest|share_of_search|branded_search|google_trends|search_trends',
    'i.8 f1',
    'measured by interest across the market',
  ),
];
