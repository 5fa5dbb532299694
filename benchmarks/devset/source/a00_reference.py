"""The reference article the product was commissioned with."""

from spec import Article, F, Q

ARTICLES = [
    Article(
        file="examples/000_7c3a48e42e6547a2.txt",
        quotes=[
            Q(
                "direct",
                "Julian King",
                "The Telegraph",
                "The retaking of (the Islamic State ~~ (ISIS) fighters,",
            ),
            Q(
                "direct",
                "Julian King",
                "The Telegraph",
                "This is a very serious threat and we must be prepared to face it.",
            ),
            Q(
                "indirect",
                "ISIS",
                "Black Flags From the Islamic State",
                "ISIS vowed to [[continue its fight]].",
            ),
            Q(
                "direct",
                "ISIS",
                "Black Flags From the Islamic State",
                "If they win this battle, ~~ all over again,",
            ),
            Q(
                "indirect",
                "Raffaello Pantucci",
                None,
                "Jihadis without a home base pose a direct threat to Europe and menace "
                "security officials around the world",
            ),
            Q(
                "direct",
                "Janice Atkinson",
                "Russia Today",
                "We've had hundreds returned ~~ who are also looking to move across,",
            ),
        ],
        figures=[
            F(
                "An estimated [[2,500]] Europeans",
                2500,
                "person",
                "Europeans who still belong to ISIS's fighting force",
                None,
                "an estimated",
            ),
            F("130", 130, "life", "lives claimed by the Paris attacks last November"),
            F(
                "An estimated [[400]] French",
                400,
                "person",
                "French nationals still fighting jihad in warzones",
                None,
                "an estimated",
            ),
            F(
                "More than [[10]] officers",
                10,
                "officer",
                "officers trying to monitor each returnee around the clock",
                None,
                "more than",
            ),
            F(
                "it's [[a thousand]]",
                1000,
                "person",
                "ISIS fighters returned to the UK",
                "Janice Atkinson",
            ),
            F(
                "9,000",
                9000,
                "jihadist",
                "ISIS jihadists sitting in Mosul",
                "Janice Atkinson",
                "potentially",
            ),
        ],
        notes="Headline 'European leaders fear ...' not counted: holder not specific.",
    ),
]
