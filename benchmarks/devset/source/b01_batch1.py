# ruff: noqa: E501
"""Batch 1: ten PolNeAR dev articles, at least one per publisher."""

from spec import Article, F, Q

P = "datasets/polnear/dev/text/"

ARTICLES = [
    Article(
        file=P + "breitbart_2016-09-20_poll-wealthy-voters-abandon-repu.txt",
        quotes=[
            Q(
                "indirect",
                "Bloomberg",
                None,
                "Poll: [[Wealthy Voters Abandon Republican Party for Hillary Clinton]].",
            ),
            Q(
                "indirect",
                "Bloomberg",
                None,
                "poll shows that [[Americans living in households ~~ in favor of Hillary Clinton]].",
            ),
            Q("indirect", "Bloomberg", None, "Clinton beats Trump by 46 percent to 42 percent"),
            Q("indirect", "anonymous", None, "indicated that [[they were not sure]]."),
            Q(
                "indirect",
                "Bloomberg",
                None,
                "the Republican nominee has either won or tied among the group of voters "
                "making $100,000 or more",
            ),
            Q(
                "indirect",
                "anonymous",
                None,
                "Mitt Romney had a ten-point lead ~~ but still lost the election",
            ),
        ],
        figures=[
            F(
                "making [[$100,000]] or more have",
                100000,
                "USD",
                "household income of the wealthy voters polled",
                "Bloomberg",
                "or more",
            ),
            F("46 percent", 46, "percent", "Clinton's share among wealthy voters", "Bloomberg"),
            F("42 percent", 42, "percent", "Trump's share among wealthy voters", "Bloomberg"),
            F("Twelve percent", 12, "percent", "share of wealthy voters who were not sure"),
            F(
                "voters making [[$100,000]] or more, according",
                100000,
                "USD",
                "household income of the wealthy voters",
                "Bloomberg",
                "or more",
            ),
            F(
                "a [[ten]]-point lead",
                10,
                "point",
                "Romney's 2012 lead over Obama among high earners",
                "anonymous",
            ),
            F("600", 600, "respondent", "respondents in the survey panel"),
            F("+/- [[4 percent]]", 4, "percent", "margin of error of the survey"),
        ],
        notes="'Bloomberg reports ..., according to the Roper Center' annotated once, "
        "speaker Bloomberg (the reporting verb).",
    ),
    Article(
        file=P + "breitbart_2016-09-28_mary-j-blige-sings-to-hillary-cl.txt",
        quotes=[
            Q(
                "direct",
                "Mary J. Blige",
                "Apple Music",
                "Promise mama you’ll keep your hands in sight,",
            ),
            Q(
                "direct",
                "Mary J. Blige",
                "Apple Music",
                "I just want to know, where do we go from here?",
            ),
            Q(
                "direct",
                "Apple Music",
                "Twitter",
                "Like you’ve never seen them before. ~~ pic.twitter.com/P2qpm3h3Pm",
            ),
        ],
        figures=[
            F("at [[41]] times", 41, "shot", "shots fired at Amadou Diallo"),
            F("four", 4, "officer", "plain-clothes NYPD officers who shot Amadou Diallo"),
        ],
        notes="Song lyrics sung by Blige counted as her direct words.",
    ),
    Article(
        file=P + "huff-post_2016-09-26_one-tweet-sums-up-the-absurd-dou.txt",
        quotes=[
            Q(
                "indirect",
                "MSNBC",
                None,
                "Hillary Clinton needs to sell herself ~~ as part of his platform",
            ),
            Q(
                "indirect",
                "@nycsouthpaw",
                "Twitter",
                "the gap between what we expect ~~ it’s almost laughable",
            ),
            Q(
                "indirect",
                "MSNBC",
                None,
                "suggested that [[Clinton has the following tasks ~~ adding levity]].",
            ),
        ],
        figures=[],
        notes="The closing block quote has no speaker in the text (Clinton, not stated): "
        "not annotated. The Trump list has no reporting verb: not annotated.",
    ),
    Article(
        file=P + "politico_2016-09-30_flight-attendants-union-endorses.txt",
        quotes=[
            Q(
                "indirect",
                "Association of Flight Attendants",
                "statement",
                "called [[Clinton a “champion” for its constituency]]",
            ),
            Q(
                "direct",
                "Association of Flight Attendants",
                "statement",
                "Parallel to our union's progress ~~ shaping our future,",
            ),
        ],
        figures=[
            F(
                "50,000",
                50000,
                "worker",
                "workers represented by the Association of Flight Attendants",
                None,
                "almost",
            ),
        ],
    ),
    Article(
        file=P + "politico_2016-09-28_axelrod-calls-on-dean-to-apologi.txt",
        quotes=[
            Q(
                "indirect",
                "David Axelrod",
                None,
                "calls on Dean to [[apologize for suggesting Trump uses cocaine]].",
            ),
            Q("indirect", "Howard Dean", None, "suggesting [[Trump uses cocaine]]."),
            Q(
                "indirect",
                "David Axelrod",
                None,
                "called on Howard Dean to [[apologize to Donald Trump for accusing him of being "
                "a cocaine user]].",
            ),
            Q("direct", "David Axelrod", "CNN", "My reaction, that was outrageous,"),
            Q(
                "direct",
                "David Axelrod",
                "CNN",
                "He, like Donald Trump, has refused to apologize for an outrageous statement. "
                "He really should.",
            ),
            Q("direct", "Howard Dean", "Twitter", "Notice Trump sniffing all the time. Coke user?"),
            Q(
                "indirect",
                "Howard Dean",
                "MSNBC",
                "he would “never” diagnose someone through television",
            ),
            Q(
                "direct",
                "Howard Dean",
                "MSNBC",
                "I don’t think this is a ridiculous idea. ~~ why is he unstable?",
            ),
            Q(
                "direct",
                "David Axelrod",
                None,
                "There are plenty of ways ~~ a really outrageous tweet,",
            ),
            Q(
                "direct",
                "David Axelrod",
                None,
                "And, you know, I don't think Howard Dean ~~ He ought to pull that back.",
            ),
        ],
        figures=[],
        notes="Axelrod's last two quotes: venue null (speaker changed since the CNN sentence).",
    ),
]

ARTICLES += [
    Article(
        file=P + "usa-today_2016-09-08_laws-don-t-apply-equially-to-cli.txt",
        quotes=[
            Q(
                "indirect",
                "Hillary Clinton",
                None,
                "thought (foolishly) that [[only she would have access to]].",
            ),
            Q(
                "direct",
                "Chris Smith",
                "Facebook",
                "Will the investigations of Hillary Clinton's emails ~~ a lifetime of public service.\"",
            ),
            Q(
                "direct",
                "Toni LeAnn Williams",
                "Facebook",
                "Clinton's statements to the FBI ~~ for show and entertainment value.",
            ),
            Q(
                "direct",
                "Vicki Venhuizen",
                "Facebook",
                "The FBI needs to stay out ~~ a witch hunt of the highest order!",
            ),
            Q(
                "direct",
                "John Weinbrecht",
                "Facebook",
                "I'm not a Clinton fan, ~~ the really important issues!",
            ),
        ],
        figures=[],
        notes="Letters to the editor: each letter is its signed writer's own text (the "
        "article's voice), not a quote; the comments under FACEBOOK are embedded "
        "social-media posts: one direct record each, venue Facebook.",
    ),
    Article(
        file=P + "west-journal_2016-09-14_clinton-hid-past-health-problems.txt",
        quotes=[
            Q("indirect", "Connie Mariano", None, "Clinton Hid Past Health Problems From Public"),
            Q(
                "indirect",
                "Connie Mariano",
                None,
                "Secrecy is not a stranger when it comes to Hillary Clinton’s health issues",
            ),
            Q(
                "indirect",
                "Connie Mariano",
                None,
                "said that [[in 1998, Clinton allowed ~~ and not a blood clot]].",
            ),
            Q(
                "indirect",
                "Connie Mariano",
                "The White House Doctor",
                "after examining Clinton’s leg, she insisted ~~ for an ultrasound",
            ),
            Q(
                "direct",
                "Connie Mariano",
                "The White House Doctor",
                "Hillary was back on the campaign trail ~~ left the White House,",
            ),
            Q(
                "direct",
                "Connie Mariano",
                "The White House Doctor",
                "She did have a pain in her calf ~~ pulled a muscle exercising,",
            ),
            Q(
                "direct",
                "Connie Mariano",
                "The White House Doctor",
                "I assigned a female nurse ~~ on the campaign trail,",
            ),
            Q(
                "direct",
                "Connie Mariano",
                "The White House Doctor",
                "I also notified the Secret Service ~~ a dangerous complication.",
            ),
            Q(
                "indirect",
                "Hillary Clinton",
                "Living History",
                "her right foot was “so swollen I could barely get my shoe on,”",
            ),
            Q(
                "direct",
                "Hillary Clinton",
                "Living History",
                "whisked … off to Bethesda Naval Hospital",
            ),
            Q(
                "direct",
                "Hillary Clinton",
                "Living History",
                "Sure enough I had a big clot ~~ required immediate treatment,",
            ),
        ],
        figures=[],
        notes="'the book said' = Mariano's memoir: speaker Mariano, venue the book.",
    ),
    Article(
        file=P + "west-journal_2016-09-15_retired-general-reveals-demorali.txt",
        quotes=[
            Q("direct", "Norman Ham", None, "Demoralizing"),
            Q(
                "indirect",
                "Norman Ham",
                None,
                "he believes [[GOP nominee Donald Trump has the best plan to correct the American "
                "military’s current course]].",
            ),
            Q(
                "indirect",
                "Norman Ham",
                "Trending Today USA",
                "made it clear [[he had major misgivings ~~ two years ago]].",
            ),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "Now that I don’t have to be politically correct anymore,",
            ),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "it was demoralizing to work for Obama.",
            ),
            Q(
                "indirect",
                "Norman Ham",
                "Trending Today USA",
                "cuts to military spending left his ~~ perform their duties",
            ),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "Sequestration severely handicapped ~~ equipment, facilities,",
            ),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "It was demoralizing. Your whole job ~~ take care of people.",
            ),
            Q(
                "indirect",
                "Norman Ham",
                "Trending Today USA",
                "acknowledged [[funding was a major reason he felt demoralized serving under Obama]]",
            ),
            Q(
                "indirect",
                "Norman Ham",
                "Trending Today USA",
                "several “intangibles” left him further disillusioned",
            ),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "When we’re trading, you know, traitors for terrorists,",
            ),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "We’re paying ransom to the largest state sponsor of terrorism in the world.",
            ),
            Q(
                "indirect",
                "Norman Ham",
                "Trending Today USA",
                "the current administration has shuffled through ~~ with Obama’s policies",
            ),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "We’re on our fourth secretary of defense,",
            ),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "There’s a reason for that. None of them gave Obama the answer that he wanted.",
            ),
            Q("direct", "Norman Ham", "Trending Today USA", "This country needs a leader,"),
            Q(
                "direct",
                "Norman Ham",
                "Trending Today USA",
                "We need a leader with integrity, ~~ lead us forward.",
            ),
            Q(
                "indirect",
                "Norman Ham",
                "Trending Today USA",
                "described [[Clinton as “a lifetime politician” ~~ real job in her life.”]]",
            ),
        ],
        figures=[],
    ),
    Article(
        file=P + "wash-post_2016-10-05_international-monetary-fund-slas.txt",
        quotes=[
            Q(
                "indirect",
                "International Monetary Fund",
                None,
                "announced Tuesday that [[it is lowering its forecast for U.S. growth this year]]",
            ),
            Q(
                "indirect",
                "International Monetary Fund",
                None,
                "U.S. output will expand by a tepid 1.6 percent, more than half a percentage point "
                "less than forecast in July",
            ),
            Q(
                "indirect",
                "International Monetary Fund",
                None,
                "advanced economies - which include ~~ from the IMF's last estimate",
            ),
            Q(
                "indirect",
                "International Monetary Fund",
                None,
                "slower growth in developed nations is being offset by slightly faster improvements "
                "in emerging economies",
            ),
            Q("direct", "Maury Obstfeld", None, "The world economy has moved sideways,"),
            Q(
                "direct",
                "Maury Obstfeld",
                None,
                "Without determined policy action ~~ it is unleashing.",
            ),
            Q(
                "indirect",
                "International Monetary Fund",
                None,
                "Britain's decision to leave the European Union as an example ~~ trade and investment",
            ),
            Q(
                "indirect",
                "Theresa May",
                None,
                "the country would formally declare its intention to break with the E.U. by the "
                "end of March",
            ),
            Q(
                "indirect",
                "Theresa May",
                None,
                "it would withdraw from the single market that has been a hallmark of membership",
            ),
            Q(
                "indirect",
                "International Monetary Fund",
                None,
                "the Brexit vote could depress growth in Britain for years",
            ),
            Q(
                "indirect",
                "International Monetary Fund",
                None,
                "the exit will raise many questions in the coming years",
            ),
            Q(
                "direct",
                "International Monetary Fund",
                "report",
                "Although the market reaction to the Brexit shock ~~ is uncertain,",
            ),
            Q(
                "indirect",
                "International Monetary Fund",
                None,
                '"political tensions" in advanced economies that are generating broader uncertainty',
            ),
            Q(
                "direct",
                "Maury Obstfeld",
                None,
                "The result in some richer countries ~~ with foreign nations,",
            ),
        ],
        figures=[
            F(
                "tepid [[1.6 percent]]",
                1.6,
                "percent",
                "IMF forecast of U.S. growth this year",
                "International Monetary Fund",
            ),
            F(
                "[[half]] a percentage point",
                0.5,
                "percentage point",
                "cut in the IMF's U.S. growth forecast since July",
                "International Monetary Fund",
                "more than",
            ),
            F(
                "will grow [[1.6 percent]]",
                1.6,
                "percent",
                "IMF forecast of growth in advanced economies",
                "International Monetary Fund",
            ),
            F(
                "0.2",
                0.2,
                "percentage point",
                "cut in the IMF's advanced-economy growth forecast",
                "International Monetary Fund",
            ),
            F(
                "by [[0.1]] percentage points to 4.2",
                0.1,
                "percentage point",
                "rise in the IMF's emerging-economy growth forecast",
                "International Monetary Fund",
            ),
            F(
                "4.2 percent",
                4.2,
                "percent",
                "IMF forecast of growth in emerging economies",
                "International Monetary Fund",
            ),
            F(
                "3.1 percent",
                3.1,
                "percent",
                "IMF estimate of global growth this year",
                "International Monetary Fund",
            ),
            F(
                "by [[0.1]] percentage points to 1.8",
                0.1,
                "percentage point",
                "rise in the IMF's British growth forecast",
                "International Monetary Fund",
            ),
            F(
                "1.8 percent",
                1.8,
                "percent",
                "IMF forecast of British growth",
                "International Monetary Fund",
            ),
        ],
    ),
    Article(
        file=P + "nyt_2016-09-20_examining-the-u-n-s-record-on-ur.txt",
        quotes=[
            Q("indirect", "Ban Ki-moon", None, "vowed [[not to repeat that mistake]]"),
            Q(
                "indirect",
                "Ban Ki-moon",
                None,
                "he backed the idea of a woman's succeeding him as secretary general",
            ),
            Q(
                "indirect",
                "China and the United States",
                None,
                "vowed to [[stave off the worst effects of climate change]]",
            ),
        ],
        figures=[
            F("65 million", 65000000, "person", "people displaced worldwide by conflict"),
            F(
                "100,000",
                100000,
                "soldier",
                "UN peacekeeping soldiers and police officers deployed",
                None,
                "about",
            ),
            F("10,000", 10000, "person", "people killed by cholera in Haiti", None, "more than"),
            F("Six", 6, "woman", "women who vied for UN secretary general"),
            F("and [[six]] men", 6, "man", "men who vied for UN secretary general"),
        ],
        notes="'the scourge of war' (UN Charter wording, no speaker given) and agentless "
        "'accused'/'blamed' passives not counted; 'the world's two biggest polluters' "
        "read as a ranking, not a figure.",
    ),
]
