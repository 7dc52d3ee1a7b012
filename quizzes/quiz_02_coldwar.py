"""Quiz for lesson 2: the Cold War, 1954–1991.

Start it with ``pakru quiz start coldwar``, answer in ``workspace/quizzes/coldwar.py``
and grade with ``pytest quizzes``.
"""

from pakru.quiz import Matching, MultipleSelect, NumberAnswer, Ordering, Quiz, ShortText, SingleChoice

QUIZ = Quiz(
    id="coldwar",
    title="Lesson 2 quiz: the Cold War, 1954–1991",
    lesson="lessons/02-cold-war",
    questions=(
        MultipleSelect(
            id="q01",
            prompt=(
                "The source article calls Pakistan's commitments to the West bilateral pacts. "
                "Which of these were bilateral agreements between Pakistan and the United States?"
            ),
            options=(
                "The Manila Pact that created SEATO",
                "The Mutual Defense Assistance Agreement of May 1954",
                "The Baghdad Pact",
                "The Agreement of Cooperation signed at Ankara in March 1959",
            ),
            objective="coldwar-sources",
            hint="For each text, ask how many states were parties to it.",
            section="alliances-and-the-soviet-response-19541959",
            points=2,
        ),
        SingleChoice(
            id="q02",
            prompt="According to the lesson, why did the Soviet Union side with India, including on Kashmir, from the mid-1950s?",
            options=(
                "Pakistan had refused to establish diplomatic relations with the Soviet Union",
                "India had signed a treaty of friendship with the Soviet Union in 1955",
                "Pakistan's alliances placed it among American bases on the Soviet southern flank, so Moscow courted Pakistan's neighbours",
                "Moscow wanted to punish Pakistan for its friendship with China",
            ),
            objective="coldwar-alliances",
            hint="Look at the alliances from Moscow's side, and check each option's date against the lesson.",
            section="alliances-and-the-soviet-response-19541959",
        ),
        SingleChoice(
            id="q03",
            prompt="What did the U-2 incident of 1 May 1960 show Pakistan about its alliance with the United States?",
            options=(
                "American protection would cover any conflict, including one with India",
                "Soviet air defences could not reach aircraft flying from Pakistani airfields",
                "Khrushchev blamed only the United States and left Pakistan out of the quarrel",
                "Membership made Pakistan a target in a superpower quarrel without guaranteeing American support against India",
            ),
            objective="coldwar-alliances",
            hint="Consider what happened to the aircraft, what Khrushchev said afterwards, and which quarrel mattered most to Pakistan.",
            section="badaber-and-the-u-2-incident",
        ),
        MultipleSelect(
            id="q04",
            prompt="Which of these, according to the lesson, pushed Pakistan and the Soviet Union towards the thaw of the 1960s?",
            options=(
                "The United States and Britain sent arms to India after the Sino-Indian war of 1962, which Pakistan saw as a betrayal",
                "Pakistan had left SEATO and the Baghdad Pact",
                "Moscow wanted to reduce Pakistan's dependence on the West",
                "The Soviet Union had dropped its support for India's position on Kashmir",
                "Moscow wanted to limit Chinese influence in South Asia",
            ),
            objective="coldwar-thaw",
            hint="Read the opening paragraph of the section on the thaw, and check when Pakistan left its alliances.",
            section="the-thaw-of-the-1960s",
            points=2,
        ),
        ShortText(
            id="q05",
            prompt="Which Soviet premier offered to host talks between India and Pakistan after their war of 1965?",
            objective="coldwar-thaw",
            hint="The host was the head of the Soviet government, not the leader of the Communist Party.",
            section="the-thaw-of-the-1960s",
        ),
        SingleChoice(
            id="q06",
            prompt="What did the Tashkent Declaration of January 1966 say about Kashmir?",
            options=(
                "That a plebiscite would be held under United Nations supervision",
                "Only that the subject had been discussed and that each side had stated its position",
                "That the dispute would be referred back to the Security Council",
                "That the ceasefire line would become the international border",
            ),
            objective="coldwar-thaw",
            hint="Compare what the two sides agreed on troops and diplomatic missions with how the text handles Kashmir.",
            section="the-thaw-of-the-1960s",
        ),
        Matching(
            id="q07",
            prompt="Match each step of the thaw with its year.",
            items=(
                "Soviet credit for oil and gas exploration in Pakistan",
                "Tashkent Declaration signed",
                "First visit to Pakistan by a Soviet premier",
                "Agreement on Soviet technical and financial help for the Karachi steel mill",
            ),
            options=("1968", "1961", "1971", "1969", "1966"),
            objective="coldwar-thaw",
            hint="Each year is used at most once; separate a promise from a signed agreement, and a first visit from a return visit.",
            section="the-thaw-of-the-1960s",
            points=2,
        ),
        SingleChoice(
            id="q08",
            prompt="What did Article IX of the Indo-Soviet Treaty of August 1971 commit the two parties to do?",
            options=(
                "To go to war together if either party was attacked",
                "To place their armed forces under a joint command in wartime",
                "Not to assist any third party in an armed conflict with the other, and to consult immediately if either was attacked or threatened",
                "To end India's policy of non-alignment",
            ),
            objective="coldwar-1971",
            hint="Read the paragraph on the treaty's key clause, and note what the text says about non-alignment.",
            section="1971-treaty-war-and-vetoes",
        ),
        NumberAnswer(
            id="q09",
            prompt="How many draft Security Council resolutions did the Soviet Union veto during the India–Pakistan war of December 1971?",
            objective="coldwar-1971",
            hint="Count the Security Council meetings at which a Soviet veto is recorded, and keep apart the resolution that passed.",
            section="1971-treaty-war-and-vetoes",
        ),
        Matching(
            id="q10",
            prompt="Match each party with the view of the Indo-Soviet Treaty or of the Soviet vetoes of 1971 that the lesson attributes to it.",
            items=(
                "Pakistani writers",
                "Indian governments",
                "Soviet diplomats",
                "The Nixon administration",
            ),
            options=(
                "A ceasefire without a political settlement in East Pakistan would not end the bloodshed",
                "The treaty was compatible with non-alignment",
                "The treaty was a gain for Soviet influence in South Asia",
                "The treaty was an alliance in all but name that gave India diplomatic cover",
                "The treaty obliged the Soviet Union to fight alongside India",
            ),
            objective="coldwar-1971",
            hint="Ask what each party wanted the treaty or the vetoes to mean; one option is a view the lesson attributes to no one.",
            section="1971-treaty-war-and-vetoes",
            points=2,
        ),
        SingleChoice(
            id="q11",
            prompt="Sources date President Bhutto's visit to Moscow in March 1972 differently. Which date does the lesson prefer, and why?",
            options=(
                "2 to 5 March, because some online reference works give it",
                "16 March, because Bhutto's own letter to Nixon, written a month later, gives it",
                "18 April, because that is the date of Bhutto's letter to Nixon",
                "None, because all the sources are equally unreliable",
            ),
            objective="coldwar-sources",
            hint="Ask who wrote each source, when, and what each date actually records.",
            section="bhutto-and-the-search-for-balance-19721979",
        ),
        SingleChoice(
            id="q12",
            prompt="According to the lesson, why did the Soviet Union have reason to welcome the Simla Agreement of July 1972?",
            options=(
                "It gave the Soviet Union a formal role as guarantor of the agreement",
                "It committed Pakistan to leave CENTO",
                "It referred Kashmir to the Security Council, where Moscow held a veto",
                "It reduced the chance of another India–Pakistan war in which Moscow would have to choose sides again",
            ),
            objective="coldwar-realignment",
            hint="Recall what the Soviet leaders had urged Bhutto to do, and what the agreement's bilateral formula meant.",
            section="bhutto-and-the-search-for-balance-19721979",
        ),
        Ordering(
            id="q13",
            prompt="Put these events in order, earliest first.",
            events=(
                "steel-foundation",
                "seato-exit",
                "steel-agreement",
                "steel-inauguration",
                "bhutto-moscow-1972",
            ),
            objective="coldwar-realignment",
            hint="For Pakistan Steel, keep apart the agreement, the foundation stone and the formal inauguration; where two events share a year, compare the months.",
            section="bhutto-and-the-search-for-balance-19721979",
            points=2,
        ),
        NumberAnswer(
            id="q14",
            prompt="In which year did Pakistan join the Non-Aligned Movement?",
            objective="coldwar-realignment",
            hint="Read the end of the section on Bhutto; it happened at the movement's summit in Havana.",
            section="bhutto-and-the-search-for-balance-19721979",
        ),
        SingleChoice(
            id="q15",
            prompt="What does the lesson mean by calling Pakistan a frontline state in the 1980s?",
            options=(
                "It was the neighbour through which outside support reached the Afghan resistance",
                "Its army fought Soviet forces inside Afghanistan",
                "It belonged to a Western military alliance aimed at the Soviet Union",
                "It allowed Soviet bases near its border with Afghanistan",
            ),
            objective="coldwar-afghanistan",
            hint="Think about refugees, the resistance parties and the routes by which arms reached Afghanistan.",
            section="afghanistan-19791989",
        ),
        Ordering(
            id="q16",
            prompt="Put these events in order, earliest first.",
            events=(
                "geneva-accords",
                "withdrawal-complete",
                "soviet-intervention",
                "rutskoy-downed",
                "badaber-uprising",
            ),
            objective="coldwar-afghanistan",
            hint="Separate the signing of the accords from the timetable they set.",
            section="afghanistan-19791989",
            points=2,
        ),
        ShortText(
            id="q17",
            prompt=(
                "Until December 1991 it was one of the Soviet republics; when the Soviet Union was dissolved it "
                "continued the USSR's membership of the United Nations, keeping the permanent seat on the Security Council. "
                "Which state?"
            ),
            objective="coldwar-sources",
            hint="Read the section on the end of the Soviet Union; the source article uses this state's short name for Pakistan's partner ever since 1947.",
            section="the-end-of-the-soviet-union",
        ),
    ),
)


# --- SEALS: written by "pakru quiz seal" from the model answers; do not edit ---
# fmt: off
SEALS = {
    "q01": {
        "keys": [
            [
                "fe86a570d0e9c2dd77faedaa9861f30d5f481aeda86b362b9f77447cd307eb3d",
                "b67bbd042c621cebb9a5b65b933b7ba87303b1347f707877632e68e836b97474"
            ]
        ],
        "explanation": "XCcDCi610N1UrYNS/wu/MRCzU7qAm95pQfOvHajK6Go8CWyMpxPIx4aPcqWAdhtGnn17sRkup21ebfg69EP7T1masKlhhN1BlXxR1yDeDJ/M3Q5v+u1tiTIyGzliE7ZAiT7XHR6RWE+nfSxvuKG4NIt1DhkufCdBzAaOTEO7hr0NqOX3KnrTVeXXegldvaDtL9NJCZQB8zz20nehTMgt3GsErCHvC0OihWgMg2ApzmR08xO9qyVEv7aqZlgYGsP51fDAOg4wnQl8f8TBwqvIn3d8lQeOuTW53+dO7DP++L5LeS+5zzcbmqWt3sLPciXpWCn+KELOMWXkC5EyairA0EiSh9s0nQ+uRJVsOmWT6pYwQXuq8EE83heGJHLFahB5IRPvcCVqwJ+rDHDkljlqrgSec0K4fYWeLvjh+EXubaN1PYYNbpxSwV3AI/e6VumNV6bzT7YHREK/7tNTeD3uLZF/RSbxllhqHcOkCl/w3zsirAyxbiIiFh726mBMO2u0isF1xPHq9KgqLcU8/MaPpgQ/gsArEAPV13DezyIl9a6h1zMyqCquOhPTYMhMSc/ctdWpty746XklXDv0DCfvAwSWcNRZHZhgq3OJ8VkuvxY3d8gvM+O6zeqUBlZ+vNE9klNFUj5/eQ32wNfPVb+2/dUDd4opT7yWSPPx2RaI7AjjMVTRk/iNPVZ4jLQBUlfLxlo7U3Ai201ohrxglj2x2RM8OKsQay0h70rVEZEKZtdQYlyuYcpIvNRL6eDyI0gReM2L+UZwHf9oUmlZDb3s8nfGl726VPb31bI1ZyPWnoAOo//Wi4Dc9ry36IhTx12K401nxvuk2jdDWdB2/06ymWJy+Nw=",
        "partial": {
            "0aa470249afb435e3df9c099bbb7a2bd956b02d88b7a4f7dc5c86bfa18638919": [
                1,
                0
            ],
            "b004d9e108230b0feb6a14a73350006b551ff24fcc5d71c9f8f57666720e53b8": [
                2,
                1
            ],
            "b1ee27a6632fabb09df307d9cd4bd48343ee15651a3fbab4474013852f43ed37": [
                2,
                1
            ],
            "bc4c4121d98252069524e1f0e738aeda4ac71d133ad1ca644ec87c0f1782007b": [
                1,
                0
            ]
        },
        "correct_count": 2
    },
    "q02": {
        "keys": [
            [
                "762e8fe046222fcdbdc5439e4f8be41d8e29b4f9db8195952ff62135473bea95",
                "1864d696ba25f8edf4f436d3ea16b181e8e740f4875e77715818ea8a42c94b49"
            ]
        ],
        "explanation": "HdQFdL515ZaFT592YMcD2KgJSK4n89Ij5afuQKHHKmA0ojIovGN5V7l6FIAI3lbnIDqtXsUDV4xyEUkhHit5DDcoSRFB1P4vppw4Gernwgw+q9TKX83VpN0p6ML2OhzyHUt5EvKFxlZQSJarjhaI7xc+gB8uwq9IjcqDmUY6Jho5XMtCqhwjV8yBFrICVyjmMByq7f3a2RJdQS5KZM8d2Xx2hZyyERoFsnfSPDGJjggj/76f4DmXlaB/BjZFok/Ago2vWOQRWxMfe94YYwtfZsTik1fyS8Cym3kQACu6UuouH+D4rIUbsjF5+XFZ20S+LUgYu4g+ExtcJK+MoTBF8njo8MP/sIZRmjra1uQoYg1mqNSl6KKcRzoF8ERoerlzlkyf1/L1xqu/MYplvnEjQbzzXa3/Ug3K5s4eMkzgobOQVz2HXG5AcOhOB4oLZfSiY9azBSkJULEAaEVY7DrtKS+mmLv5R+abH972fIz7+zYFtGJlVGBhNx9dggvJrvP4h8tH+OGjWc4f71pUsIrRz047aDQqg1jWhuhoI4/paAwh8/KTRO1HYsDdIRUtx9RliwVYABXYid+Y58XWDs/Lvn3usLQZWDjM6kXJ3xtRAEEC8jXgTXBn535U5IgTbusJ4MXca/FGnNSZ47RPC6y4xwie/8RZaROby409wW1MKP1vo2PV6QlhkKIyqV0f8UTXHufwlw8A+VGyXXg80zOwcNbEm3blbkCqUSU719CHa8ZRB9qnDBrmJlWa/tgYciPtBrQoY/x37jgGPPjOWeHRJLzhoU4y0yDrb6lHZTcg4ZBiHLjsbP4RNygclaBS2OtI6wmV1W/OeR0DM4jqI08nQT4lZJH/9rTyb2D2qjSgkf0Cd+xuWF0PC2YaTiD/jEfLl8CieY2hkQNDQL1f1nAssBs9ihI5cru6UZB4SEGWZlg0zb4s8Q=="
    },
    "q03": {
        "keys": [
            [
                "0dddb58cfa4ca482db9368d2cd33fbcde94fdbad0056a518f737f4103c5ca301",
                "1297607e3d630a15084fc476253ca7787ccfe0784ae296b551fd84b41f15a8d7"
            ]
        ],
        "explanation": "rCxZen2iksUE7q8nFWogrzb3qyeBFihPmc372fdoswRVeP8BLj2BqgEfGCbZCCXQ+ii9ZMk8Aaf8e/TM7CBMXjOEmm7djfx2WWcJtnAm6M8lVGwEs66YG52RkeSXQsDOIqXLEL0XtpvsHqSpfHW/5/EzgayEgfMMH2d9501Bgmbv9uWuwq2ZtH/mMr3GMo8fppDVPxbRt35M7MF9JngE3Md1wCJ/33Cdk2XlDO46BdF2xWU2t2Ot+qi6AKoxKc5vlwMYOJB5j/S5iBt6Ok/mZVn3BPedik2lki39lnGB1D/evaORtW2d97/6KijDaLHY/KTSzaj+0behi3WF4qj3+CSE70DTnh17Z2YiHILuIoIk6FsG5JDt7cmfAyngk0ixZ/iVlv8IylIrqKZl7Nam7O/Z2+onDVNqgEgxoVdnR76qHdIhJbIHsr08P3qdhAumeIJleWvN+zGwOoVbJOgqcdDrPEzx0MieyDWfnWcpZjmXvotQc+yVlJzDXOisBIr2ckN+uQOocmWQZLoPLZfd"
    },
    "q04": {
        "keys": [
            [
                "d22781ef1a537cdaaa26851609a014d75e5d0fdcd9d350d2470a98a49808b691",
                "ac2a3331dab647963488bad2f8942d98bbab384b0d0414a7851778b510621714"
            ]
        ],
        "explanation": "aYAQGswIC6XN7lqhxSxFh/uTBTFIDBIvzTv7Sv1dl/WQBnso0pY1ebYl+g4aDO7mVwEwdJ1MibsZJrIIWJGyqhLh3cwAqWuJzPU3OrqvKrKTkORAWIabWkfvVaY9R6f3sSmff3hc6wCDlyGLgW6pxOZTMof5TY+Kp2rTIE1zOcsiufW0E3diKllntn721E8drRecznjvnIUTVjhTKgC83YFi0JbAsKNsGmHta/D3suRK20uKd3ayQTnIc4S1DM99rKqIQk6u3QoQU5yJo192G3iuFagrEUropjGmlTVLwldOkEffeIFX9Eu8j2fQAbvjal7yPgHUvjpH2Wyy0sUTHTkoy3WGLUyBwBzwisr8x2a45ellNOTIvNhUbrz/lN4/TS6L6GSThpEVoCVX9GAyDYTt/zsObVb9VypFgFHabJW8kpX6IGtd9yUnp+UH90gs1BTp1zSr9flwfyzhyCLTLTlyMqECesmwnWYcqVX0lLrxG4wesF/TSBMdd6j6e01unLUJd3gbiaANJ0bHhjBbzxF+QP0yFpYkhu8=",
        "partial": {
            "00aebd3bcde2454b20313d1ae3c4d33480002117b354f0eb2a001a98df62d731": [
                3,
                1
            ],
            "1cae9c4fe8ee3a8c52f67162d636add5693f6f8585af3ef511456cc605d08849": [
                3,
                1
            ],
            "3d663a33a50726185727ee6e8284f6a5c1bdc05ee24259e79a0bd59df51138e1": [
                2,
                1
            ],
            "4f1e026b1799357fc2d7c186cdd2d6a76b414a034da5e02e0c3838fd564a7cc5": [
                1,
                0
            ],
            "5405ecb9f9cdc5f6a89fa12261e9d457a5cac4944317a7ab9f1edd4d3a5ee1e8": [
                2,
                1
            ],
            "60da5c8e91cb94abbfc5aa7cc3ad960bb48b7bc2923cdaa52078135d5bb984c5": [
                1,
                0
            ],
            "768a15e7c177085ae0e9055b35def38f607e41000431d4001f327713d51d4df1": [
                2,
                1
            ],
            "9a0c4e6c2e123dfe3dd4c61782d8677fd9ea5c008e56f304925a1cebd093e182": [
                2,
                1
            ],
            "a3bc25f2fceca9701947f72c9baab3f57692fa3e79fffa9f63348871a43f0e75": [
                2,
                1
            ],
            "c64a7d5710b9cc69c2db9ee3984d8bdaf24e30eaca6a1ee6f537a9316aeb6835": [
                2,
                0
            ],
            "cec9b3dc698ac197e94a0e84442e2ac16f0d149269d909729e2f38f3439e4163": [
                1,
                0
            ],
            "dac1cf67eca36795db148b4514c4e567a72c8ee3a62fb6f493cba4cecb7e43d3": [
                3,
                2
            ],
            "e956947d6eef74abc4604411456a49030c3255036c17ddf981149177405687d6": [
                2,
                1
            ],
            "f0b99f3b71132906c647f879049fa98a0735333b58bff251957a17d57ac97a1e": [
                2,
                0
            ],
            "f80ddab40010d739ee7872dc413ccfdf7bd87d090f8d8d0265578638530ae705": [
                2,
                0
            ]
        },
        "correct_count": 3
    },
    "q05": {
        "keys": [
            [
                "1e02c32ece0ddfef862b8da2ad37f2b40117f46e00487c7232df483d69028392",
                "0870d189bbbb846de2a8c63cb32040567c4631823cb80dabba1f06f8b86f3bc3"
            ],
            [
                "71ed3b22f39412d3105839241d3c842216b64f4f08eb23d6df753f2be3bc3ba1",
                "3ae7339628e5a94c58e28bd77059d2e39abdbf0aeaabd42e9a62e2f466d5c6ca"
            ],
            [
                "64fb88cddac51325c8cb0e7bad63d15e26c3d8f4e14c510b73f32a1ebbfac231",
                "28e17ceb7e32027fb4bc70e5c801feb7eb4d36a80143b7fc433f6385b8ff8fa9"
            ],
            [
                "645b2a8ab3a58413877f840ba39d30805371dba0902cc3a8ba7344a3cdbebbae",
                "08e31dc16a6c48ac2cc840c1935b08a9de6faf7cf1fbe6581c0981480e2d61c6"
            ],
            [
                "5eb11e903f8505d0bea8e83c83d1a96219444e87454582132f9d8c2c4ba28474",
                "1e0b9b17ac8ca84664e413a4efd109409c8887fd3bf0175608ec6639637d3e7d"
            ],
            [
                "3e62e0c7d311e8824fe8d3519fbab32fc69e539951045e51b57913b7f383a1bc",
                "bd400cfde99d61c00a81a631f3a1d211e92a102631c9e0271b950a87bb93b3a2"
            ],
            [
                "66b84528c482df19f1c59653a94e0ffb3088a6b173b0ee0baeb629c122dcaabf",
                "c21e9de4cc7599802a8094fc4722b673e91ac23efabaee64eb7fdbab0b17a5e9"
            ],
            [
                "22d19d5125ad7b4e5d6d465e55eeccbfd56562d7ca95f49fe35fc9acad6cf407",
                "68cf49196229d6adbbdad2f169f479afdba8425bf81df5ac80c3585e9c848b86"
            ],
            [
                "25cb6b31defd7c116b372b711d4b0d3a7c7b88d17f29d8ee30ad642f61504d18",
                "98af0908154a7f7824531123108f99bb5557e23316e2c968a86da8b4142daf81"
            ],
            [
                "9b78b085ffc927272cb6e9c23584c3b52a0feb76f8c9bd95cff04aba6610e8fa",
                "e2392f41842b7c1b80f569766bafee5b2a4804a87f48317cf3b291b3b772e9b6"
            ],
            [
                "96887d9b5ebc61ffda73d81bdb9ffdac1a9088adf3136dc6e7478c1b25dc7e20",
                "d271e0436bb7542cffe66f15c8906b578a9400bc7884829f42958bdecd1d0b2f"
            ],
            [
                "b8daf7eedb856934abd2d6f5ed25a26331ce2fa251d0401d5fa54e979f8ec309",
                "0a73f2fcf29f9853fcbce451a1df3d54b8529afc259e783e03c0f4c51ef882ae"
            ],
            [
                "0b056467782ec5d08ae922a1d1d93df1c970cbf13b0c5bdf5170e3547359a06a",
                "1a93fac58605224430eee3884dd51cf5d6d0d513251071609e5a03a00722704b"
            ],
            [
                "0964e9dc4eb9252d2c996b5179bfd8d3c1822b1f0bb00df0cbb910c38617dde9",
                "ac9731a7f92b70c82525190fe9e4b3cc3ebfbfa0186588a9fc68916c7cc5e6ff"
            ],
            [
                "07ba538b9e40c1123470aa587b5d617c62c40b01be31f86d7bbebe2a93185068",
                "d9962e2e414b93ca036ac0a5ac0998d0281d3398267c0dea8d0c87aabf0f1780"
            ],
            [
                "b567a8866fa912d453b5787bab85f76acc06bb8d436ac8af6d29b9644db9499f",
                "a122096208893737b22117344ada20ddcad1f5f6722234e8e6c77a650cd4047f"
            ],
            [
                "e866dfcc94d8ca135dfebcf6a00c3d9eca0e336e7042e4265e9f3aaccc2d3ae0",
                "48372586ed4ebbfbcc3a681eff3f6930ecb8e4888fe349772e45650efd473e41"
            ],
            [
                "e3bcabeba7aa2c19a1ea0dfb715e5f28dca08dab923fe44224441893cf78f538",
                "f98a0325c5748ca5bd15597016098d55701a141d1ffc6838ac11de3a94a1cddf"
            ]
        ],
        "explanation": "49ic4VyffMkTMVMaZwaHKTXMQ+Wr7UJKukseJhkGNS1kBdFk+2UOlTWjc2dyInPLueSqSntKkRXFoBaYjTcFTg1SHYbIjf2ePV8pRS7InuCQtP1RJeM5qk/oh0228vmXAO/z5xNYvE9yqYz7dX+Vp5QsQnidmEbEOGzphxhBleLo9Kd7EDT5W40H+pMC1/eUR7Vmj1I9V0RfjAuOS7gaowU+B1XkQ5YwhPTjlsT4V5tsKQTFOCl5wluL6puGosB3PSX8pl7acm6LkHaHwxbo0BMbYO9LusDbhZA2juoyA1aBwP+0jIgxKmILgr1TCNiiZnPzz/Ps2hkrVR930A0Jv/GX+cgNTYPDOln9KC+5S3PilJKAYxTedoKpYxGTVbYkNZ1FmVxmdUpMwTv1E7fZ2UgJLV/5H8kFw1yXFEGFTWAXts5Jv77FZhwk/Z3K8yFh+diFsbkpw4jzPv+g3J3SdGCh5FDODbXKHV/YhoERPF6GMcmNatEY4IC7VCwIVm/OdJ+rC2ZkQ89g5Ykf"
    },
    "q06": {
        "keys": [
            [
                "4e7b9a14f1cedc758a16d78c8d71f994852bf414df3ceff886177fcb6423a688",
                "425999d631fc987298c95168c082c3a557e93976c950146767f57ddecf1d43a1"
            ]
        ],
        "explanation": "WafbzuPFIL6YnELjrDnItP0+CNnG8Hz5JftyCpEo+1G5vrhwxsmhykHiEGqPCuTflo5JWEvDt2cbrU195NWCx63pNPivbFeHgSlQYsRBqJazQj0GcaMr7Gor+os0HPyT7f4CZcDspHNkDGcIg4VC4ClckCw85N0RYxaAbcsq+MwlMHcpiiCUYNAtAsv2Q47g8uPTM8smkDIBI7dGQrL/GzuLT5XQnrWXC9DZuoYxGBRlt945vLAzUv4hmIA02AkcyMh7CREGh2vyITcLt5UJk3jd9yaFXV9ymWctvWpOH2Mt9t4sBNRdTk5pgMXuI23bfC6Mk/vaRKiMmGtxoECHdv8BGn/HGAgY8W5WMPzUF8yTKAPKKCL2rMnTsfDsAFu76hZbua9aChO9mt4uIFsr60PSMc3TWC/Ds2E9kYiAriATN5ASdGmbi31IdmnHZ6XFxxn9t0heM/lj1+tfj5KGowT21YDgPTuAim7Klb2q0u1New8V5QFv7DeFChLyOwX76t9Hx1BJF6FL8yZT719pHq6tXaXeXecEp6JuaFLtC7CDavPz6CAt0wnXM+C1MwNXXcdmBYMLpnTvOf9/3s0U0Ij0Ngp9SHKNAPWxZXyoorrmAAtzITtK+LHYBy2KkELrqLJDUn9k4HXfKazAvNIWyCf0g4P40o1m6xEJOREzrzw="
    },
    "q07": {
        "keys": [
            [
                "117eec34b735982bd7fe843555308400be7de4cd6ddaf4b9c3f3f31dbf405f76",
                "58627de0439b0ea4011c8cebe77cc03ed7c6b0532516034a5f92d5a51bc3e0d5"
            ]
        ],
        "explanation": "zABbe+MfVfIw9jvrU4esynhnYkulHlBrMvSVh3B16ts3WZLu0hpBc5EsIBe8PN4EvJrLw0RmfGWfT4lPm6GXWGYPMS1HSsGm4rnXeZjx/nQD8mScDsnPH2G1Govf7euA8FGprKb+OAEfOGboKgP1L+0weTLcQsKNXKteiBlnTH1abHZw8YQ7ay8r67jz3i0K3cMwQDI9SRfZBN7D6T/SmVF07z/WALpEv02k7GfN65FhnF0s2bqdpMyu4sVgNvoLwHUvCEHaOHiStDbWxpQyeUjAUYUaiYDwRero8NTJMDdbTIxyNJMZ0t3wZE1SN1gr/hFdr+q0QwzM5k8gxIw02nac/2waB2+qUhUtTQp2sRH3grqjGdlm50bL59naZIKz6wqg+RJr4kMNDT0c6tk+MGcUPmvumaSAo4VHfI8Xe8sebDRS3cm+at5UkEzVOe4qVaa1G2lQ2GYBoLBsW5aYKrXAJ/W0Gon+y+DKKtY0pChXV7UXPHxJxOFIeoyhbaOl6+fWdK+4pmshs6ZrR0CnKt7qtcXJHlGO/JrLN03EDYSZRCLBqihK8SFQTF9nzzK/zzARfUogkrZTXVdnGIcrgl4ZM+6L+JncB9+FUI37zH3gujGOOyWvc6tA+iWLX9uv/uf1VNxEVO06H3Mnnw=="
    },
    "q08": {
        "keys": [
            [
                "beba9b323598c5190cd885b90bf4f95aa92dff9728d5bcc040cbdf9d4aa2957b",
                "6a368a6d1eb48b637e99139619072c1d325d61de07b0b7317769e0495404b2b0"
            ]
        ],
        "explanation": "XFnxnYceZsQNhHBuJUOAFgr43l2BXjNy9cSO2NWHV3xIGK7GN5QlKRm/dk6PIi/P8rvr0qhk0pCmUXwb0VdtQoToc5y9mUhQti+VyxPtAG+sSb7gqM5o5h8eUTQfHen+fXE0kF/Ud3jsiHsVlCXx6y7GQCQ5zJ/ZkMj9kqDaIW8mb22YE21wIZhdN4HVj3QNPWTxG03HqPGZJ5OwUfKJgJsDFErvVKycJP6YA3FdyfC2k58a13OiB059a9zajhcSRhokFsDIJ8sslKS4LkyItjqI8As6uI6SpcpJ0Xnk7Z3Ie0fSesIbC5SVnZrVnh9smVz4xUKuKC92KwlrFutAphjjzKuM7bpL04xngfUYTmgU2woneVR/wkTaW+zjKhyOlJwpR45iLIn0/oZo177SppIRb/uFa+WXpZe2RWy22hPzX7/PSx0R3e7/A4cHwuBJ8DPY7EK9Kcd2TpUNZktyQhOJC7DiPsyhOFmEX/MCA3+Xf2eHuBXYmZN938LRQbZ3wdLK2vy7sr7xVZGWZ1jUbew1kkVL0EK1Xm5SfKqnpokT"
    },
    "q09": {
        "keys": [
            [
                "fc260030200a2e832ef95a346f629ed1f1e090bd8d23190177571b428c1a1b39",
                "88d456807f4bb913460059cece7bd178fb0fe3316026c9035bd1c4c93e2f3280"
            ]
        ],
        "explanation": "3ZJ6kn21aDqA4YK0F9/+RQYWZzDb1P9xk5/YODFmXoYNPUpSpkrq/E5t7+KawzMTBe/qKyKkeaq5SLQAmgIx3thuv8Zzumm82wUQAHNL4mmz7URRQ3Kx/RWpuNF9YphmoFqFx10SJ19M9hUnZ3GKYED0gwQg66KUeBmaZqB6tgVeLM7qJovKUdIycVqnGbfADE8iotsuhaybu64ACsrvfBQKy14LUObfdVDCGYc4S1bQOTOFPEl8kC3g3qBpNHv9JbQiELFX28UHTYQlrLn9vsqKu/F32aGv9WAYdxDyB7JSl2W7eNqs8AbLFmIpGSxcw8VNn2Vk6wi52rMUTtAOREbijIw2N8hU7qpUjpZe+lyDXj9KWFSf4aeY659h7H6KdjqQGjb7pPyG6nvjOkFwHCprLsjmlgiMKPMjiT9K5ABVCbjwUojcWBr+OjOWPa45R1pyZfD51xTLq3X9cuPbQplgZrdE139i1pv1KqYAamwjhT/Nc72GIjPU0nlRQTbNcoaehJ2EQ3BSl8V2Qn1ls7Gf3NvCk6TzZvfWtTF9t1+w80F3mgTHNiP9KW3s/RGQoQeXlmr7cv5joQrhTS+44jF1Taf4qk0R+lWG"
    },
    "q10": {
        "keys": [
            [
                "0f1edc8c0beffba8f0324e088a6a02d0eb0481b6ba7cad4d679702891e0185c9",
                "1e8a19b527a539cd729f47b76279faa24f8bb1d054c7562ceb0d284fceb7fb27"
            ]
        ],
        "explanation": "yFtGHSTqYI78WU2Y8CwqAhFfU+zprF0Du39NIz0r/AXpJqEnRfMCp6iTdxhm0F3b3lJ2KNMjOTXXJIk2IErX5lVO+mabIS5BDfQrOupt7KaQKEa6yvCyIpUF1XMLGbTpxVblryLXmsps9/jEjXVBUC/yBeTR7KWezsVgfm4XkAiVbaNeZwKzBIJJXCXbBTFX48DkDyD2ZzPWAb7N69JrZ2AW9VQqEgrACcXBXRuEkXLXXz9+D4ECbrDiYH1LvObA9AtJfxbQHHEIbAZ+SvxCxrK5D5MP4cIONPheOz3Fr1LYCB7Sv4Xt/6pNLxkClLbLYEEgzrXL5B+k6409SfJxwRBAGKABkp1gvQt6Ys+7XdDY5+7zK4yresIy86vEjBa+b/+hQPoHKi5OjwaNf68UPwvcEzWjBTqlEkalMNtPcIwQPNFtyYet3UKFj74fuzZJ8Ff0aCpCtLb6VDZxqs0mHa42BgMIx/kXruFSxCsdj7IFA6lCVGIUyZDuPj5p8pE3IYizOaq5cmzEJBgUb7HAvOijjyyglJXsQyGMjfu8AWXYJ00MMr6W6O+A34NLxa9YMQCbOYN00xhchLZOgKjQGOpju74KxWR+xB3o468HwgYIjSZpcaqUT9bJm0xipZiNGEGNnRDydON79wVAij3jtdCuTeMhoJY4nvvv6GYU5pkGdOTovxytQwXp+URoMZDCUROJGkYpsM9HsedH+dsO7dJ/Y98="
    },
    "q11": {
        "keys": [
            [
                "4d9c6094ae844ddf707a4f710b79785043e9a805e383bfbf13c9b879fac1e499",
                "c4c640dc3847988e30a65dba50a83d994d98860257b7b60a987989e8a1c7c2e3"
            ]
        ],
        "explanation": "LU0jrrQBd7UBqUG2oDq2a2PlNfJr3BfccyUa693EWfon1wjJnZXB88UzcuL2Ab3g9VuHE1DZd+jaDlg3TYokqKnT4bPeobMSEzwbgbH+tT8aBK6MDye1ZXUG4awstv8qJ3gyxw26zU+THa+lns1PwlpZDtRNgPw9+5QphpDDjtVmgLNioEdGwbPwliVT70Gl4VIVw7lhODVMOgAb4CXr04IbKyTZxglKKJ4GhGBORMK10o4Znoc5RM0r+Qj4i2/wIVByZiKFx70Zj7sqzL2XN47gAmFBKHmmSuX8lR55pbOJQ1OHxL7KB1GmMEsBCUFCHjwFgXIQ12aVnIVGSSXpsbrpIsat47KdtRjB1RGB+rzFXJvZDYUWJxFnHovrUZHsl3zhBR41TtnwYyWipTOtLDxtW7r3IhAEbJOIywo/4MefvJMzTxAdBdwAVxIuTTH2l/1yeH5PrvcXu6nUg7wE/2XOisWmqGXUXBQZ9+gGpcnPUyygwwGfmKgpGJr+IajkNNNAR2fYaCP1AoMQ4vInrB+utm2Pg98GTq5HR0GyZsFFdMeOBDOADeJhgUnG8UbWwYXX2w9LqKQQ7bDf7eM73F9Qa1TISpUWrUPrclKK+BUS5NnUkKwGvPVTlXJgSPvpVC8js5zEzGS22SKhvLjAsNZLBE0XRz8/2P5hevSxDUGhDYSorVinNZ9qK9ApvQ=="
    },
    "q12": {
        "keys": [
            [
                "04e6c4525773dc9e6c30fd5d7477188500e2a758bf571f8b1d13b605c02371d0",
                "f3d4fa0ed8d8b2547f1c60ff8701b91e53f27433ad02c20794d651382d1ba5eb"
            ]
        ],
        "explanation": "de10hc1zXDRU+OWBtFkAvLzQq90R4OA6ann4/RP8TyYlXO4jlLlWy30aueXjZ+ypW1xwQ3vx+nmdefoJVln98/ELAhK/L7OgZ6HiD2rSs6iaccRV3TIfJvuHG7WHe8dy9BxmzmF8njFu20E9BpJ8n1n+FinpDv+uTbLeIHk5EoBie1WGEllfbvPnuYS0fH6+K3Uz+igUpT9GFQYbKV9egkZRRYhbkBHiLnR70V7WMhfV9UAwmsm8ohfoeN/klCFDEkwkSYLfNukZ/PeErfuKgdOl3qa/wonENJxz5krWoNbtFSsvcls/aw3eN+uNq/CtcdAv1pb+h+v7T7PJM8wdBBf/f3251X59nnJO+nVenVG5w7seS42Lh2QAwAN+eC9JbYsWQxB8KfX2KNNtIhpjdHvZ6f5Oz/vNIEtghDmV1ik9wZbV2VWO6X1SNNw9zwW3J5ud1P2Il9V3pCnLiHY/ix8RUKknnfkclfuu6E5Uk1IgYasVbi9lMrNf/1G7uZvsFdr5hEqwH3yZLTx4u7xcHebmgpFef7SYhs0s+2anYmJLFueAktikoZm1ZwEnEgriYVZomfyf5TojEjrhdgJJi30yTjRWxfolcVrK/3FdWXqwEN6tw2/KgNRzVyvHAJTjrQWHhqU="
    },
    "q13": {
        "keys": [
            [
                "bd2d73af047ece1b4398d34270bc1a8d27a090164a9d4737e434cd962bffc9af",
                "1f3b683c3c150e87a7b0cf109e6ef599ef61fb25b9a23963d1eff0261db4248a"
            ]
        ],
        "explanation": "Dd29eeiSorCgqKMR/zVHFf1dPgg0ibvFHl5wj+5Tw+BEGpkokc1pDFGpHoxMsCLC35cRZ3ov1W4xdMuJER8L8IjFzJeyKJ3Uc2+zNuaB8EYRGD92rgaCITjn+t4b9vFsaBSE3kZoYi4bO1BQre6qwh7mcmaTr8CvesuFJZZR4MmynKyfOAjaETqPnMO2uiwxtVOF/wvQHygEXcAlZULePrU+5e50dHxMgU4dpP/WP3bh5U7tBf8R3tjdRloBrd6e2zICAZqJxbrvFKuHYD9d7jhhgN0qZkDhgfKJinOJ48DrHUsd3PKwKIudBtOH9qZJIYSfizWoHGz7g+llLql0gQ9KIDguu8B0cG3OSsFeImlzhyk8LeZ4lmls4j82Z00vFGqmYkYLFxeI2uo37gF7FXv9+cgEEjGtyfkxyhbqfM7Obez+1HW/xusyYQNTl0UpzfgwOdH1UJVovBJT2DYJzjEKZJbn09XM52/3JEW5zHBUK0uNNjho6L9MbhEwCBIkWuZcJ2s1ULMlrbY/toFnpI2AO2lLGSrjYpkOZIJOGe75GjEHsx0v3UcXF5INuwQmQFTqR4NCYOQgAtWfr0Z9RuoeGOy+/zqn1qIx8hbGMccDWV33K9asDh9hv+K9if5q18A0cvap/mNs0Mi7iCKksVSZqs17P5u2caeUYvFfPqRbA8l9TueM/QNzTCseC/Kgh8sSf9p6M1dGerZMWtoo"
    },
    "q14": {
        "keys": [
            [
                "7591dbc609c1a65d4392482e5a04ab175b19b36bf572120cdcc7a04d348b5967",
                "3fefa0991ea5251a1f5727fed820c9519e73048b7eae076810f27178e70e4ab5"
            ]
        ],
        "explanation": "ymapnIRNHJ368PI3xFMUrLfGW2DzQtIuoBi7JLfSpld35aew/WegwpKjJi4W51HlA2KVWjzeQN4Cv4yMWlpMy0MlrHCXENkDdCEc+TorarEdGYuu7fNo010+5Ua+XNup6JqNmbmA4JosIMk4XQWO+RqW7MWIWYRAjj84hEb7lSkuBmPwjofos3X/U30YymrwGYjVenY55222UnHkwVvNsUCmXWdDueA5HKIfbyByu7BGNN9Hpfve3DWrosWmYUAfRTsxUoPt1M1ZyQNOVbn0YYrzSO0LFJaL+gQZvgQPxzBDZCuxUWFEp17NWrHggZBgeC+H0GFyvh38LtNBzaLtDO4HMNfTwaG14Qc5fU5cnZiNjLiWD7rsEN+gD4+C+fv/fwAjam53EDpDerJJ5Xt+EIn3qPBNBr7DC+ogE/824DACJvO0YZ8K097ifnwrKZY9hVCK3sM="
    },
    "q15": {
        "keys": [
            [
                "601c60f19b402d4e5b4eb3db1ca735a722ef122f14cf77484ca22ddaec4b0e2c",
                "49fbb4203fa4dbf1b382c7fbc860d66dfdd34148d91de42f2f1b20e01ea7c322"
            ]
        ],
        "explanation": "ElHEf5WNzjUrGRar+rHadJoBQUTB8mpVMm+r4DWO/iPF0Dh9dKPHWCK0lrCdCF7fiKkARKjJ/jKZGbhiO9TQECtML82w7LFRFLIY1RER20hZGucTXWGKJDPpCB3d0N5mgQrrco0vu1H7b0gC9gVAFCL0egIFXZpKg7AoCegcSwmE4do6o6aMIJYu0W/mP4NU58jcMoMKSkq4fzNwnpWLL6OT0l8yjLdhkTBP7XByNmWAAMSCDDIwbz97Pj6J8DBwVWdjnWL+XcOwUAuPendmhRryTVZEdle8MaMI5vYaS6mPUGml0zszOAwfNpCQ0mD9nV9NkatcHCkm0FZEPi48RikZU8lJW88AO45uyegrQOvpCpc4Gvn/rp3Iopwo/qjGTLLilO02ZXh5cQYjpZiXlqfKT/NUzdDrZA6FM/jL+/bMMM9I0mhk1RTwvWG/QrwZXYpuQCVV1roPOq9DhYXPjQhxQEIMOPxFH5ToRKvS1KAPdJtN4c2iS94K3rP0XL5IC60LyAw9L5HsXa7wuxW/JoM+GMNCJjchIELNji4Q8ygif2CfIlyAdA5NdF4gedwLZociF467EGM4kWh/6o90mlgYhcyA+O1/CtrK6RMQl3AGK27zMRwPEn9HFawUK9VUcPS4QHKMwJVv0pcfQlYoURkiCnrt8y+T6Bgq+GMIbK7u5OBk/48X1W4UjvuLoxjmNWGq61zuZVjCStcMvkhpT1SEyVYi2X37Z75AhSrxNlJnhGRSpWxibPr2EABt6lxkLm26MbvwMdNrBk+d/hPVuwJKzw/zkVs3yRWJttQ="
    },
    "q16": {
        "keys": [
            [
                "676c1a0f473c8b4907b713290f9e994bb1c4d86123c4527dc4c66f287dca9de2",
                "1cbdaedb73b55b507d91dc500a4a746439e72b967e728a8ae1a7f6bc80748a13"
            ]
        ],
        "explanation": "rrMIlHNNrKjivLzqo5zfivrFtAM8N9PGZXvGgmdnVRc3yd5W4NWCRdwRmt96gVPgEW6TWz4HaMKrv1HUtvHN8JAAfHo3Z2FJcTSHaAD26zE4JFfFz0kb9/7Vlc8IRvfU50cOp7hWmx+75OWAUTG3BnoWygZua7lMCLQO6OAHzIDqP3NwJ9TrQN81MNOX0wGN1BpU6aCiqTEWUKP3NIIiYPitvaPHnll+9Y9lmNK2x5AaJZ09NBvCgHZDzFUUGmAaQ1UcyTs9Es/1hX5SRRZWjIa0oKvxVwmPVYnztBlBpHijCsryBmbJuBtQ15vTIoGirdgldfT0VSh3Ut/BLBnFkOydB2KEwYok04TxW0EhA+M4if1gglqOi8vueO1bnMCce1QpBxCFjOaYtcov4b6QzgsSPW9e5xOJ+2/sZJXBVgb+nhSyjf9uc1nWeF+ocPYsHWmp0rvGzdJjBccOZbeW9qWN4lCWkj7qB4DbFdJoSOC6qklpwVqLExdWe1K+yVqCx9qMwjTswdmusUkCQ7yym+ZIFaWi5M1EOQgi76/m"
    },
    "q17": {
        "keys": [
            [
                "e46dd11b19f593e47076f7412796b92db024bf0f4999b99ec03a5916f946e00f",
                "97cb9a03a85095c479ae8a8f16e922d9741e3ee7593243c4743c2f63c612e095"
            ],
            [
                "89b59d6d7a4c9d10f2373926a5a8523b9b3379e4daee81bd4a1a74d63d31d505",
                "6f4e9e9500c5023a40f84d170fc19cd2b43e7b13643f5cca28c03c81707a1c9c"
            ],
            [
                "45d3f40bfeadf7c0dc77ddbccbc709e2a0195a047c4388d6840e7136f00cc27d",
                "7a6afa50e09d560e820b8a4990d0d0c2851847b2388421e63b7873134c8cec2c"
            ],
            [
                "8cb2ef901b9ac45bad907fdac893912ede3f71b2662d7aa2b6877261d8ed391b",
                "52697fb3065aa0dcc66d386a19e22ee388518d4389cbbcf1cd3b72655dc57648"
            ],
            [
                "cf009c2ae4447cfccb6868ea2b323a444b9da84ac213ae3af45825c840f91f83",
                "c6903e5fed272ba0c0fd9d5b914561f430853a0af139cae1e2870fd0d4cb5c3f"
            ],
            [
                "8e516177f22be4bb84afaa8234cf73a5454e6ad3f1b065678804fede0d23254c",
                "399a645a3253716e944ff43aec25773be1dc654997e86538d5709a0892041da3"
            ],
            [
                "f670f56f08bbaf0cf628a7b7e6e53839df84eee4ff7351e2f6aafc18715471d7",
                "e0a8c733c57a9a5eb258fa2bc6c98c070a9cb042a3fd688b5fd68c7c6a05b161"
            ],
            [
                "9ec2b3363b83cbfd4bef7cf81f3c0c1bc38b38826a725ebc0b3960156cb5fb23",
                "0e4e2db2d801b10eea0c8da9b82c912d04cdbe3bd347dad00d2f6a58b887b3ad"
            ],
            [
                "6ca555dee7f9b3bb550b28e63e9b1c65bd6f2269dfac79a5d851c519b3b6fa03",
                "e380ff347f4ff655165cb8d763788b4cfe320aac1e23ba98df33ed25cf8af200"
            ]
        ],
        "explanation": "QsdmmsNay4WJYhiujXm45E2FMGKtfrmEERQHZ9prHb1znDmrV7vxzvr3d80Q/q/UkM8xvQdk+TStQ7xO1VEsGU29wDzjHkA8V4nt+egrwjVOfEfPfxrBLEQvrxQSFlNAGsag+LGx6G+WwHecSA/jkaLZ5U64LYsrI7carznrlPWuK62K8+bi1VjmBFxsgzuf4fmXK65T1DYoCwA9tmz30u+RP9u+rk3i4VFdaePrkyyHPrQULaTa1P64Ow+Qwk/R2E9HIJsdHxfCwV5u2656wUc0W708o0MKcXXTW6uij+u24uQ+cbNKlT1CJHDluQ0LlBLPrar2qj9sgr4cqr7fGmKHXDbCjMYmfwOlAfY8VpxrTKkyBSTc2lwx6ysLOI/FuzW3z3UWxUlHR5fdsJjD5xFmaVvHzi3m+N2/XNdV/7Vh+JidrjgG9kNtrBVI0eS4OLuHSSTQm137UL57Mpe8N7tcJtKgBk/0IVSZNU6AuCAVErfn8bU8TsG3IeStHsGXsxSp2kbBrAEdbgKwEyIpxIMWmrP99IOuly/TDrLw0GxhNSIbYVHYIt3TlZ5yAcATPjvWOPNVm3ryp4ZCe1OU7C6rb66YZzPZkQw96RfeD/rn0crVL1maqtJLmuyjNfjFE4qrkxr06w10g9e2CvPLLkD8epb1GgClkBUbzPTF3R/8Wtv3RgzMYD7QqdJ6AF0QpND7OSbmnJ/+1AC1EBqlXYh8PRzFzOosLukeX+9yDsYKfJJCmaAxH8eYaPNnw1AlP+bAZZK7yYaZcBlQr1kCFVKBEUOJ5c/HoA8Awq1udxQbu7KTpIHJoH/j+oWdpY0x2TET144Qp7Ul1EZhBhpYMgumwCygDIcxTecrXhlpK+8CMBy1byk0roye4Mrio0usxT5L8ViFASzozDizLeV0g5PFkneRbzqZwYJLMqMuznPWEnqITiNwu1f+cmnzNmFa8L0p2IMSfmq8ai+U9PVopLYwnGlerXCh0No5tPI="
    }
}
# fmt: on
