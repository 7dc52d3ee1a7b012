"""Quiz for lesson 4: future prospects, 2021 onward.

Start it with ``pakru quiz start prospects``, answer in ``workspace/quizzes/prospects.py``
and grade with ``pytest quizzes``.
"""

from pakru.quiz import Matching, MultipleSelect, NumberAnswer, Ordering, Quiz, ShortText, SingleChoice

QUIZ = Quiz(
    id="prospects",
    title="Lesson 4 quiz: future prospects, 2021 onward",
    lesson="lessons/04-prospects",
    questions=(
        SingleChoice(
            id="q01",
            prompt=(
                "On 3 July 2025 Russia became the first state to recognise the Taliban government "
                "formally, and Pakistan did not follow. How does the lesson explain the difference?"
            ),
            options=(
                "Pakistan had cut its diplomatic ties with Kabul after militants attacked it from Afghan soil",
                "Russia, far from the border, could afford a gesture whose consequences Pakistan, as Afghanistan's neighbour, would have to live with",
                "Security Council resolution 2593 obliged Pakistan to withhold recognition",
                "Pakistan had already recognised the Taliban government in 2021",
            ),
            objective="prospects-afghan-ukraine",
            hint="Reread the paragraph on the two states' diverging paths, and check each option against what Pakistan did in May 2025.",
            section="afghanistan-after-the-fall-of-kabul-shared-worries-different-stakes",
        ),
        SingleChoice(
            id="q02",
            prompt=(
                "The source article speaks of cooperation after the US withdrawal from Afghanistan. "
                "Which withdrawal does the lesson say the article means?"
            ),
            options=(
                "The Soviet withdrawal completed in February 1989",
                "The NATO drawdown at the end of 2014",
                "The US withdrawal that ended with the fall of Kabul in August 2021",
            ),
            objective="prospects-commentary",
            hint="Date the article from the events it reports as news.",
            section="afghanistan-after-the-fall-of-kabul-shared-worries-different-stakes",
        ),
        NumberAnswer(
            id="q03",
            prompt=(
                "Imran Khan's visit to Moscow in February 2022 was the first bilateral visit by a "
                "Pakistani prime minister since which year?"
            ),
            objective="prospects-afghan-ukraine",
            hint="The margin note on visit labels explains which visits count.",
            section="the-moscow-visit-and-the-war-in-ukraine",
            tolerance=0,
        ),
        SingleChoice(
            id="q04",
            prompt=(
                "After Imran Khan lost a parliamentary vote of no confidence, the new government under "
                "Shehbaz Sharif kept the channel to Moscow open. What does the lesson infer from this?"
            ),
            options=(
                "That Imran Khan's claim of a US-backed conspiracy against him had been confirmed",
                "That the opening to Moscow rested on institutional interests rather than on one leader's preferences",
                "That Pakistan had decided to side with Russia over Ukraine",
                "That the Moscow visit had been a personal initiative which the new government meant to undo",
            ),
            objective="prospects-afghan-ukraine",
            hint="Read the end of the paragraph on how the visit became entangled in Pakistani politics.",
            section="the-moscow-visit-and-the-war-in-ukraine",
        ),
        MultipleSelect(
            id="q05",
            prompt=(
                "Which of these statements about General Assembly resolution ES-11/1 of 2 March 2022 "
                "and Pakistan's vote on it agree with the lesson?"
            ),
            options=(
                "Pakistan abstained, as did India and China",
                "Before the vote, the heads of more than twenty mostly Western missions in Islamabad publicly urged Pakistan to support the resolution",
                "Pakistan voted against the resolution, alongside Russia and Belarus",
                "Pakistan's ambassador rejected the Charter's ban on the use of force as a Western rule",
                "Pakistan, India and China coordinated their votes as an Asian bloc",
            ),
            objective="prospects-afghan-ukraine",
            hint="Check each statement against the paragraphs on the vote, the joint letter and the three Asian abstentions.",
            section="neutrality-under-pressure-at-the-united-nations",
            points=2,
        ),
        ShortText(
            id="q06",
            prompt=(
                "According to Pakistan's petroleum minister, in which currency was the first "
                "government-to-government cargo of Russian crude, delivered in June 2023, paid for?"
            ),
            objective="prospects-economy",
            hint="Read the paragraph on the tanker Pure Point and what the payment revealed about sanctions.",
            section="energy-barter-and-steel-the-search-for-an-economic-base",
        ),
        MultipleSelect(
            id="q07",
            prompt=(
                "By the end of 2024, which of these economic instruments had produced actual deliveries "
                "or deals rather than only agreements on paper?"
            ),
            options=(
                "Government-to-government purchases of Russian crude",
                "The business-to-business barter trade mechanism",
                "The Pakistan Stream gas pipeline",
                "The restoration of Pakistan Steel at Karachi",
                "A Rosatom nuclear power project in Pakistan",
            ),
            objective="prospects-economy",
            hint="For each instrument, find the first concrete result the lesson records, and its date.",
            section="energy-barter-and-steel-the-search-for-an-economic-base",
            points=2,
        ),
        Ordering(
            id="q08",
            prompt="Put these steps in the economic relationship in order, earliest first.",
            events=(
                "first-barter-deals",
                "pakistan-stream",
                "steel-protocol",
                "first-crude",
                "samarkand-meeting",
            ),
            objective="prospects-economy",
            hint="Every event is dated in the lesson; note the year of each before comparing months.",
            section="energy-barter-and-steel-the-search-for-an-economic-base",
            points=2,
        ),
        NumberAnswer(
            id="q09",
            prompt=(
                "Pakistan's trade figure for the fiscal year 2022-23 and Russia's figure for the calendar "
                "year 2023 cover periods that overlap. For how many months do they overlap?"
            ),
            objective="prospects-trade-data",
            hint="Write down when Pakistan's fiscal year begins and ends, then draw both periods on one timeline.",
            section="energy-barter-and-steel-the-search-for-an-economic-base",
            tolerance=0,
        ),
        Matching(
            id="q10",
            prompt="Match each trade figure with who gave it and the period it covers.",
            items=(
                "US$920 million (exports of US$74 million, imports of US$846 million)",
                "More than US$1 billion, described as a record",
                "Touching US$1 billion",
                "About US$520 million",
            ),
            options=(
                "Russia's ambassador, speaking to TASS, for January to December 2023",
                "Shehbaz Sharif at Astana in July 2024, with no period named",
                "Putin at Beijing in September 2025, for the first half of 2025",
                "Pakistan's Foreign Office, for 2007",
                "Pakistan's Ministry of Commerce, for July 2022 to June 2023",
            ),
            objective="prospects-trade-data",
            hint="Look for the compiler and the period of each figure in the subsection on reading the trade figures and in the opening paragraph of the section.",
            section="energy-barter-and-steel-the-search-for-an-economic-base",
            points=2,
        ),
        ShortText(
            id="q11",
            prompt=(
                "In 2023 Pakistan obtained a nine-month Stand-By Arrangement and in 2024 a 37-month "
                "Extended Fund Facility from a lender whose largest shareholder is the United States. "
                "Which institution?"
            ),
            objective="prospects-constraints",
            hint="See the subsection on the United States and Western finance.",
            section="the-constraints",
        ),
        SingleChoice(
            id="q12",
            prompt=(
                "SIPRI found that India took 31 per cent of Russia's arms exports in 2018–22, and that "
                "Russia supplied 36 per cent of India's arms imports in 2019–23. What asymmetry does the "
                "lesson draw from these figures?"
            ),
            options=(
                "Both figures show India's dependence on Russian arms growing",
                "India mattered greatly to Russia's arms industry, while Russia mattered less to India than before",
                "Russia mattered more to India than before, while India mattered little to Russia's arms industry",
                "Pakistan had replaced India as the main buyer of Russian arms",
            ),
            objective="prospects-constraints",
            hint="Note which figure measures Russia's exports and which measures India's imports.",
            section="the-constraints",
        ),
        MultipleSelect(
            id="q13",
            prompt=(
                "Which of these developments would, according to the lesson, point towards Scenario C, "
                "stagnation or reversal?"
            ),
            options=(
                "A settlement in Ukraine that reopens European markets to Russian energy",
                "Large new Russian arms contracts with India",
                "Pakistan Stream never built and the steel mill still idle",
                "Russian crude cargoes becoming regular and barter moving beyond farm goods",
                "A decision admitting Pakistan to BRICS, with most Russian trade settled in yuan or roubles",
            ),
            objective="prospects-scenarios",
            hint="Compare each development with what each of the three scenarios would require.",
            section="scenarios-for-the-coming-decade",
            points=2,
        ),
        Matching(
            id="q14",
            prompt=(
                "Match each capital with the view of the Russia–Pakistan relationship that the lesson "
                "attributes to its policymakers."
            ),
            items=("Islamabad", "Moscow", "New Delhi", "Washington", "Beijing"),
            options=(
                "Compatible with its interests so long as it strengthens the SCO and does not compete with its own projects",
                "A way to diversify, deepening ties without choosing sides",
                "Pakistan's neutrality on Ukraine is unwelcome but tolerable, kept within limits by finance rather than confrontation",
                "Watched warily; any significant Russian arms sale to Pakistan would be a breach of trust",
                "Worth pursuing warmly, but never at the cost of losing India",
                "A first step towards a formal military alliance that should include China",
            ),
            objective="prospects-scenarios",
            hint="The subsection on how the five capitals see it takes each capital in turn.",
            section="scenarios-for-the-coming-decade",
            points=2,
        ),
        SingleChoice(
            id="q15",
            prompt=(
                "How does the lesson classify the source article's prediction that Russia, China and "
                "Pakistan will be the game changers of the 21st century?"
            ),
            options=(
                "As opinion that the evidence of 2021–25 does not bear out",
                "As a forecast confirmed by the trilateral alliance the three states formed in 2016",
                "As a factual claim supported by Pakistan's votes with Russia at the United Nations",
                "As a phrase the article took from an AFP analysis of the 2015 pipeline deal",
            ),
            objective="prospects-commentary",
            hint="Check what the lesson says about alliances, votes at the United Nations and trade as of 2025, and about who used which phrase.",
            section="reading-commentary-critically-game-changers",
        ),
    ),
)


# --- SEALS: written by "pakru quiz seal" from the model answers; do not edit ---
# fmt: off
SEALS = {
    "q01": {
        "keys": [
            [
                "63f367bd074499cc7f7836bccab12c54804d9cbc3abe8e074b283c0739ad36eb",
                "ae5be3e6d0ecbfb1c96172c6db80ef0b18d268e79ce4fe9ec64318c6564d5a54"
            ]
        ],
        "explanation": "MKxDWBFvioZ6xUfnWNnLmJQsORreiJZeIUFEJdcr/mzlsclWSclDx01uAmiosWqfkBSL+DRS8eUnikQI0g2+F1S4I4/v4oV6Tfn9wWvh+hEP5VKAWRorhZ2zllQNJe11bFPNKzSulTgq47hBm52fUxEt4U0HpKdzegbc6Tc3pN6OcMcCIX41OC7y4qs58yD9veC1PaLwu9+Yk+8nxyAycL+jzaxarpRNvqPDI7MuD/0X2IVsW+fM5pGpDmml1zmkuM8TZmuKOshs6cCHJCNN726Z3u1TwpjpdwRDOXN1a4tC4Nc31WbOOUYfDuAOsFpzICpSk+prlZrYK2Jtl31Rir8cy1FJGy3h+IznnnXtwt4eoI+ZFaSF6AMW+v0NyRkgv2aGZizmTrE3TRMOL08nbwpP0Ca5gwrnZBFKnMu3hI1Y3SlgyQaEI5AAJblsM2L3o+LpKkLkkT8FZC1mxV0tN25TkgpLeHQgXEQW6kcS0tuIAghXqwzXNuk+TnbR4igCESvEgzg3HBz9kbSrMFNTMdDFtf4MVbx/TsG6Y8nezD+vlklq0LNp4kq08uAljegUCNPPR5T5nFzT0c6ORnaBqVqhNQZk5oIxs71G1ze2wWbooWJuD5iOSCKR0AT3w01YIATrGfmfWy5Xy2g="
    },
    "q02": {
        "keys": [
            [
                "df5bd8c3e4bc38c01c8c4841ed4542fa8d5ef952d5f4068ae3b0cb7228930532",
                "a0ba481aedc10c7267871dddb9b28a2db697d90f9a6300df801095f3f91f1c13"
            ]
        ],
        "explanation": "T8MAf/4/iCPjoY7Yopm0cdmmdlCyYUnq5jI+5M07DVVa1vONYVEstKf4ifk4qBJl6DiuytuoO3TI31j6gIb7rBWjUeLfXCCYhGOsjlZAs17bDsDg3DsETEgGwwt+E/X9ShLltYPssFc4uY/PDtoQ2ZJXrEpGTkJ936Kdkc3jhabgYnCX3wSd2rzFH0ZTWGrP82Zbkk/DqtC4/9O4VYAb4PTnTW1vvq+ns5WnnULVXY7EgAC1w+GubcMmQPvkIAG3Jh9/V1rjFftZKEGgRYeKkfgcf/d3JWHkKIQ7z11SngHF+m89Fw4oIzizzMgETHayTqpg6aZ3AtxJzYLRGOkdAjgav8yPcO7G4k+4Afa9zAha68k0ssWA0mbg1p0BJVytxhvHCXDxAjddHxNXxJ5a2gw6I/Jkk3f/omuuQ9S9K/6yfnqbtvYI+RqbNWHNBhs7si3m38Ft4L2lXdvnVZTzIt/afYzhmBdMwAPVwb+8IUGNkx314Q=="
    },
    "q03": {
        "keys": [
            [
                "9f423893049c48a7461e9b750aaa6eef6b9e8e77b35a16c1e9aa338f0c1f8489",
                "30b1fb1ae0616f6a19388bd67a88cd2a3aba9800181e245add329cd249b26cf7"
            ]
        ],
        "explanation": "JHtA/1C9Wee8aB7Njj5wCDhFyLHtaD33ccpBT7237v2T3LNAcPvLmX8LbauRZ1MHm0uR3PxM4o6GmkZj3C1YECw3WlQaPnhfRa9iMkvTKYa6Z0/2ceUP7VwmlmZSZ72vXt98P4Be7PFcUP2Rz4ou7+Z1H5w3BF8Pf98528wns09WBPB/RB9kSoXmpc8PG7Dt7vxyrHOqF4wGDOS9QYPBxPQ0pX5bg44PyIp82KoZuNQReZquBvLv1nhNDjpOA7Qvv8qihJXKnLyL3Xc3a1Sz+iXmbyq3xjG5zQk0GFX/TXXhLnF4OyF+BGj6B4KhQ99eFnyjNdKHrXshAMw2zCvN2wWi9GM//uvNbY7/yTMvFREJeRSlNeWwAEMdeVkkdXGQUY4="
    },
    "q04": {
        "keys": [
            [
                "4b45e17da708286f253c6072c2b1c47a6203ecdd73b0f9484db0dd0235bac254",
                "d1d640bc78e5009bd2f11f60319cc7f91b7e451287d5817272211d3713eaf0a9"
            ]
        ],
        "explanation": "BP37e3ZZVLbYIWV4Ca9hVZ7RTNQFKNRbamlJld5dSTcSbQToIrDDO77CaLPYbMnbQP9RbdADU9i+9OKXfvu56SemcXJh5W/HJd5bC6lBSsGMr26Ui9gWVW/qclAJttE/hT3Png3PTko8CQ0bLTDOuLLuuwyVH9E2pbx7E6KU7gUB15Fz+rn7xjKqU3NnBqm7k+HVWVCHUHKAjz/w6+rrRcFsiiC/CfSeUALGtXrDC0U+SePiVOHvRA4M5VYJDX8+HW55pYco4/Gl2ImPZ7S8z3kbrJP3LaJGLg2Rtsgv2zHoCv9snEN7QDabYwVY4DzcndLw1/8pVAMU9Jp570ddSX7q4t4APCGoyahjpRMwXi9fnodmy98fx+9No+UaMHB85VG9FrXlGgABYNsvxMWZYdQDLdu+1KMUR3eYGzJOAeFmNfbliriCu5N78ULv15LTgp1KUiWfcuIPPP2J/zCuF3WY/vgAW3m+v/2+1nxu1KKwe2HOdvuNcmJCYyBZ9cMgA9OtqFtcf7ixCAfNjfTs7U3DBHGbyG4hrmVQYdjxx35TzY09AmAe6DCRpNmqAG/a4jQ53CGbRs+PVGh0rJ/FS/558I6eOrvi5KShNe/EgF8kFHS0JPrZQVDWL40075b3vA=="
    },
    "q05": {
        "keys": [
            [
                "002e188599568c56859eaefa113799b6198ac21f62b3fc5610790801b3b9b5d7",
                "4d78debe5a4cbe3e7025a3c79dc46ac47ac400bc0be9c98df5fc53cdc2bf0905"
            ]
        ],
        "explanation": "/FaY0yIi0LLNIvHHTlD6HccGjAJDxDEh8D15SepCqrGA5kA72bF8ELSsiTD08DndPo/Xic3Du/TZ3BbtCXnpG7Ds7XPVkW7W8h6laqFlfGwQUWk8j8KjrHglZBbhpu5+UamFlFtwOurEcZ9dpx+bcRN3YSnkxZC0Cs0bhOFYnnOnxcpII7M17Z4s2Z4mxCqZhYuEyjSUqZt0I/8ztnwepX5RHXdSzBpfO/yE49tOZrjkTH6qq5ji5b0zWk2R/IOJqgjhUSVHyHIzFI0WwHxSC0el6ilD3UoS69aGOiaTAnGTiLHrL9La2Edo5v2t3gmd/ywj0HO+z3UKupp9cPDR2yx+HY8A2yRv+d7NCUaKK8uzLr98H0seFWgluCFPkLho06Cg7p72zj+iIslPnMrk/3ib8/td9qWt0QqZ2mt+KyZDa2ujsnZh7DeQHfN4qq5pW/Cpqu4lsIaAog/U6igB795e2aJK2pHlfaVW90nKTGaTH8mvTCL8mTFydQwHgnZHZ1lhWUksGYMQ2IYdB+WriAqXvtkRm2f3psvRtHGZEuWtWnzSflPpsU++BzTyEj/8obVQRvo3nZaAfz/BINb1740f4pqDJAR1XEb2q5o=",
        "partial": {
            "5a3cf6ec39a23d228bd80fb3d6ecf455c1012ae3c07d9672b185ccaa828ff0bc": 0.5,
            "916f2e8cb75023325af6da2283cb404194729a2381ad9102402c80f07929c996": 0.5,
            "96481381961fd6311d7f984a8e22285a3dc3c2c198993727ae3f5878d72252c2": 0.5,
            "c3c9be4ed437ae0ab3245a3149e17cd94e473c367f440613f044b38cd92a3a6f": 0.5,
            "f14dd9beea5d9b5e4e773510051fe81d5443ff0bf5b9662219dd9760995d5db6": 0.5
        }
    },
    "q06": {
        "keys": [
            [
                "c357924571833f5585c54b0abb3566a5b3bdd4410ffe60009b6773a76f6bead2",
                "93dba3775a14d41de4c9e3e254dbdce640af4179cfa16f6bd1a79f65cb197947"
            ],
            [
                "97093e9649253c413f97e04671937bcbecefe3fdfd9600105fb404b6560a4d97",
                "fba949c3f8173effd0fb04fde2b7993063a973636ddc2adc065126ef4b122b4f"
            ],
            [
                "b4ce78af209e5735a4eb6408af58fb0f19c316dfc7c310e2d002ede2bfb29ca4",
                "2013a0a105afd28073154549888de8d9d7b38f6b14351db4e980e0b93a5c1c4f"
            ],
            [
                "aca5a3bd65e320b4f619e2cdc1388fb0f16f4177c33ec2b4d0e03eeb98cf5a3b",
                "3426adc45fcd4d26a46f35a7fdf8bbda377eb0b378e113da90cb272dfcde050e"
            ],
            [
                "c30393e2688221b182f7b50af7926e2e23f65d2cf6bd6dce837dc08bdde49a56",
                "a0b7c47851a3fbc0b63a8a581e37f12c843d75e79d97051cf6356f99f795ee36"
            ],
            [
                "4e9ffc71d3c1b0d3e5b5eca4d5c8643f9f6f7057bb891fdd5e62370da5ca4b06",
                "2db85ede47cd9c2efb1df314d8525dd746f969a796e36fd56f94f67064a4c744"
            ]
        ],
        "explanation": "uDL/8LVhS7AilgMT+EenZRn3cEwDc/XF+/RLroWZ4EiY1SRTBlLU9RjGsSPcE9FoY9tWBlNdEGs2KqLGOhvu86QLfNdS1tJ7/+E/gZFLrX3VeIqduKEbw50f1jUnInqiFgFyEiPPZHe+GyQNEgeYSBp5/CRftfeHI/PsUy24/EyVsqGmkwa462FzlbqTByhfxYyE+0pzAe0wzhewg0/ATgElVIlcNmUK7mG9iqszVywVTtUQHvx1Qr5ad3CiU1Xmyh6VBM8fefpYdN7joHiTcvDyhbm4PB7tdaJD4gpfnrHMEuPkH0CEEvI8E9n/rV8i2sMM3eTIwzJMADEvsrrfW1Bm3OjD9kPeiv8kbYcXWn9652NmJwd9GumpsV7X8BnFvANUZShKhM1wunxJliWpQ8mZJotpSTKU81As1t1XxX1iiDo6C1bIa2UUmRA7T+H0k57EpNoiarPUmrG4Eq7BJyeTyNW+qibZOg1lTusLlUPy"
    },
    "q07": {
        "keys": [
            [
                "06baf953953b74133aed3b8fb42c40e4fc6694475bcd95ab21bc67f6edd38322",
                "ad31a687f2662b644fcb930a7f304a68b1353f48295e567382c60d2788b347c4"
            ]
        ],
        "explanation": "AAx5h8EhX3x5QOqF4j3JdyAO/GUaqzzZqmF4NELNaJoRGd9Gc6KSkRrtZx6euyA7eMuAbak5Xf623WIYMT7QapV97abwZOMqkB+1PP33JZHu/D6XDdC+MAlM/7vjk6RzpFMdJG9Z7kzMX/9mnv8DJmxDxjXjDoIJXw4PvvXbjKDxIJ8IKyrLLHTMBf4ygx7VGdmxgWcxdMYEWjalsgzdkwV8C+9HLiaAvwtt6dyWZy/8cCksx2UNlYCG3x9NdGtA7MZfeQw1R+0qQu9cHPLmjqtGeSXiAsL8VJBwox2hJsKnK+kXLYQzUzhaCAevsPkoriEkji511EYuKdFO1bMih5Ut4smpz/iLZem6A+H1EEaUzji/RSnSLVjgVv09L9FGWE8AgKW/HLwyXbamoIzOcAmEP/AAaq5c/T73KDkMgtsLcO0Y8vJtJ+b15ypb4EtF6b3daHOZWuPDbsHtjLWvaXoQGyvXqNY1pcPvsnCWCFe1+Zw8cSuVTG1ODs6/I6og5qLYzD99",
        "partial": {
            "0783aacb0cbe53109d020d5c5ec1406afcf0335d506a91b41733f03019c5fefc": 0.5,
            "0c078d490a52451e70e613d48521f707d54111681917a96fa1bf83aace30886e": 0.5,
            "12c91c4c30ca64c0b745e58a8009f99ad67827ad68454ff4943ce078bf71f537": 0.5,
            "902fcff094663e4ce4e0c23e3d8bbdc6c7abdb5e227a6b8d40b8973566e35472": 0.5,
            "b124647f097aa9859d473a047663c49751979eb2d84bee23e4fb08a28ba1c9e3": 0.5
        }
    },
    "q08": {
        "keys": [
            [
                "15b611a0341e591e01a62b20a1f3854880692d817bce2eb5f944ec7e7b4d170f",
                "08cd9b4ee5a5e4febd3f17ebccdfc3bec7099df0e24042eea72c0b89d9c2ff26"
            ]
        ],
        "explanation": "SJdpTPc+gzbxURIwC6Qow+SSRIImiatmj9ELXAo5+MMFKuTjQdLypnh0sxSs6gBShEhKtVCgWbXSsi+492a90NGsX1akt71Yvw3eC/XLnJyhMKr0ADo51/93pHmC2oWTcUttjdfZjXhBfAyUhC6tc+1t+oNgDPp4ifi+IGUT/2yPSv2y9w/taFidKpMvXQJ4WG/6Yglj6ryUmzGTx//PQz322HVFk3z1+OIOJqBO9oQWgvGTXUjHfvoJU0nYMuawrx1jWzxsw22yYrHPiBsA3TJh2LU9KJxX4dLkTZNvbPF8fpcl7rIeS1rfUv3c/WUOMX3AGpDDrpYoEPlO3iPdxBOkXhfEOJQ8oMVi+41uqe/t/q5ahg0Xu7j81E0n157EywXrvq4Rjl7X8jf440EOVHAIrwD2WJxhSXyJayuIj/haIoJ2FVm9l8UEzq21p22LsrfHcRbtlPDOilM2Ne5tlfS2zSkQcOzJu7Q7aAQjRIM+CZzhSm9fsAQ7dPdWPLiJJ1aZaymDDlvY5ogyMdmuaFre7Kc="
    },
    "q09": {
        "keys": [
            [
                "741955fe49fb4a15af84c6cea629b612d9955e4fa3fcaa7777ebcf862aa828a7",
                "183fdc94ef618c60974204adaff390d6c15d71f34cd244bec0f61f2bfb4f93b7"
            ]
        ],
        "explanation": "NEQkPSxeh/GdAgaCBJcqAI7AA4JZ8NkiFhiEqPCIqHYLPyY880DcH8x0jwpiaFu8ejcTGa63RXlgpJVU0Tv/4w0lDFs7I86gCLB8akCYcnaE8VSCH/0DxuHRaP5mI3clWQDtnuHjUIo5so7MhCbdFz0Zg350i7ks/FodEeA764RqNcK1xeX9asjlKGlnAhVWySso6LKjSXaIkAcY8tMae4sat5LX3c938UAEioAqR1eOT7wWVMXQUxkxrDr+mdJ4U4L3yLNASvEHu91JzHg9hZY19vonqmKCaXc2jN7hCsuv44+0Qzw+MqTSYudqGFAy6puZpiqi1CUztqgX5JOhtJ61ZbKrrh8WsxcG8mTNkeljAbmNCarFMeFkpaMjPpNzt/huEfd4eRVIcO6lhblqGFXAf/uwJSfuLHKtBn3WOgHrvbVY61hQyk/Lb/lry5pkyu9xQZ80qf2l"
    },
    "q10": {
        "keys": [
            [
                "a0a56f1675e3d10b6c64fd4353d04a7975993e447e8e9a7ee75468fd1ebaa3c5",
                "d266afd0a460b45a8c5ef394b02345c80c0eb5b3edc51f923a277c57bdff53c3"
            ]
        ],
        "explanation": "XkZe/KbF5pb9dTtgtPNIHTlkhAWDwPf2bib10m3VsvxMS2UoV+Gqey10CBpYoS5DOxUSO4ZJ34zcjOfbBnJog0tzcFweGTpnyM97UgKhQG4k8V6OKlv15dEOMlJwUO7hpgPrapcriKwW27Mofr31kRT5lmH7pvbPLo+m6SpiFV3+xv/D2mrbNOBC7srrVt+WDCVgL2WI+UV7GPMA4Fh65P9sSibqBB7ysbNylqrgVjrsvmky6tmcHdYhT+g7X0FN768HfjIQcP1wHV5MDsHaD1Dq4psQUsSFtSkXjHk7EajkCkmBBsgQDkXn796l1QxLG24ITXBHjMIfl8B5m1fG+iaQndKb4JJr2IZ0kn4ceXNOmXloEZKX6xiDWy7yhRY6fPcv3OlRlWm3iFCam8Ar1y5u0h6aD1/UjHxMOWOlp7qw1TD3UaG2MgySsY0yIgbj98dyueAes1lvcO0hcNNC4x7x1DAd1OvL1XLDuju5IG2JkKRW2VPGffWep49b4jMkZKjEJO2dSrC32SxfT31us5GzF5LIKbd+v5I9d7E6QqRsgM2EdE1iFW+lMCZGp6gH0PZDgvEUPbrUChScXCzXMExp1Q/JI56NdQg1y88hG+zWIfB73Qbq42cULn6haIPXKnk7c8C9spg="
    },
    "q11": {
        "keys": [
            [
                "44c336bf3cec8a1621545efafd5cdd06e1dbe4325d9f91b81c049502e1cd3b88",
                "1b479fb2bc0d937976be5ca8fc89461ee925f5529dcce7b0b4de6c0989e320a2"
            ],
            [
                "0e27a1ec05108f6a0a5f0ae4ecc2c7e7741515d5d3aa0b563ef05a8f68b24dea",
                "8fa80a9fca469580e63954d66bb36a185bc91f9c6b560823b0563bc43772796b"
            ]
        ],
        "explanation": "sSa7egluWxoExASLKoV0e2U9JQeeQ7qt4lmdY8+SZ/uvN7/AcoaWoYxz5M+5OHmgbe3GFBaE/JrJyIGUW9Lz+lFl59kxm3HooVxstBx978jY8LFncoU3TOzijWuBwCCH1vKb31R5vqG/sDuwy8KCaDZzAZGp/g4uTppLvB8ltqFWFzDJpvCEwMBP6j+aepnYsQfRGA67l9qewP4XHuW9yHNnNjB7V0XaPQg7+iBGiQ8QSvyr2mtjSs1gdx8FZFxE+yf5Cq2OuZZrmnTJf2cmjD9jSn6oT1KZOELJjcRptG6oXxTMa0dTRjmr6t4ng9Kmvu9xJ+DtAnMxV3yCjSwgE8rWz8igafl9Rn4wCaEPPE40wCjBxgingIZAP3g5QJwFQ1yPnUzJjbmW4W59AVmbH9u9j4im7Ck4MgS7YKdHO/B8SqHFe0HNZWOA+ienYEkyzFR+yKuMnuccBWI="
    },
    "q12": {
        "keys": [
            [
                "7000c720a3c781f50544618fbe81c60e2df04927c247ad2d229043051f020724",
                "19fb6d271aa7481f22d075c5dc192e67d561b7fa7b64f58bde01cef62d346310"
            ]
        ],
        "explanation": "qnptkIaDnLKJHnh2h/4XjUHNnZEuQnJo65rO4VVGRA8TdwZaF61s2TnZH0n3S93ZRpOUJ0u9w4fKTy/Etd6RNIzDCogJgLvscgaVinPSo6vskrjABwbayaidRXt/UWsNu3NMbgowpWQuQt6L+wqemqMb1xcP82jqqIYf2XEEjYTAshgAZ2mXIbmwrdH88Viflfpeph2feahA127CmlmyWgpwvszUUv5nMXOI/2HdjPtZ+4c/5qbmDFKltMCclSQuODhHZF2Gse1q1IoSCB0fqBpVBVc78geN3PvP7WWWHngzu5MTTnuajoBkQ8HIR5FZ8uZkYW+bdAaYbOCww55US4kVG62OAfTkqzZxdxgUEPFlsVjBMDx7W1SzerI7E3oGC6N0olnI5vvogC5jL39gvc3WJWf7mG5Zx4N1e6t/3NzTGmAGceYU/BNE27Bt0nBhi5OBC05JMNA2ORF1W0n1o+JlqJSnyVdxFjS6l3IuUlgqEojqQwBMz0Nh6GXQAiE2JnAdFyANXqkHlv5XLYKwzUF79AozM6dA2BToKBbSffAanJJkfiwmp/woIKqyMLt0yUj1ORUKW4yiehYJeDPYqODoVmeL1vKgyP+/PXcLYSucN+v1uGKBGmsVZBn51VDrTANUkgKFaRsQMZbPsgUZ/DqTq4O3fNRI+BRfefCSajXPBYY3VnLdlJ9dLQ9mXUOtZGsr/2TfaMw="
    },
    "q13": {
        "keys": [
            [
                "43361b557df92636a7c858a95c6c58c6e002a06aca78d8866fdc73dcac143587",
                "1107846790f70f1f2ce5e30b0fea48cea441144a2eb2f943cd67841b33815598"
            ]
        ],
        "explanation": "tPtmIBol0EmUXEWBBniwcvdqO4eDR8qB0nrqaGwfG91KnySqtdxy8EXKNJ2D2Db3ZLfxtvl0S2EJzjOT9jjcjmtV4zhMAdZrNCpM7LPuSd0oPqhvfbaYuqtzWpMl6yVWgnct8GQax3rQaiU2TE20UuPvClw7jV3qE59LyJg6nviDfArZYjI5ecLeCxwD7Pv69wKDuU6pEO9lAetkebxt1A9F1GHpPe/ACaekFWcEBD73qwCS7Zhk/f01u1ma40ZnPUM08H0/DrYP8ajOXxb8nmGLONdH8B4dNb5RxEYTljTbiYZ0z364Itx3TWVdxmZmIJeBbfgu9E+JPN+3URI16f1PwKinlh+TiR23AKSfjxFgOfpV4cUzH1B3hUL5ddbORLpsQyrhqQMgZWXHSK82tE6pb0GTBYaWi//87bOQ3mG8nWOMoUM1R4kMnH7Ptx3m03qLajSKj7e9dspCYdHA27kpBhGJPHa+T2mpygFFSqcQ7MKMn0taKsB2Yb1VhYAuNqfpNCKj3ebQH0oNM5xt7SvnjLFn8o5i6paXSRlxcDdYwSUuGYHhdyZAoHqUnibxqMf+jBr1RHTe/51DAcXuYTfAVGoxzrMF",
        "partial": {
            "008b550dd874184753c44a367faa3c2e081f0b0363eb295ceb042e5ede076a91": 0.33,
            "179aaec304a10ad2666e98ed9e9648ded9bf1d6df1160d3f4970ffa46fb4d5e2": 0.33,
            "2d5ef555989d8880ad3aad06315743b45192e78d0566294c8f4ae8e456bee81e": 0.33,
            "39b33fe656c9dc58bfee8c44819c654101b849a8a92ccbdc75ade00564c0ddab": 0.66,
            "4e84e2ae79ea110c0c97c5c1ff905e85a2f918c8da541d8b2793db10f01b0a2e": 0.33,
            "5121e64253b57b7f059eedabfb0221941bf8d45bdda1fc2acc572b741200f7ab": 0.33,
            "597869446f92404ef7702c3c76e631a5aae33f12fc9fc14d3baab571d1f9e4db": 0.33,
            "69292e72892a591cec71e51f59b17f11049f5982733fedd3726e7b0158dc021d": 0.33,
            "6c07d094f44c3b078c28746e7441830440c785c8a2cbaa871e2d8c4735163666": 0.33,
            "7340e32609b1b42a996d74083520e23adfbb59ccab1d19300707e91ae249bb57": 0.33,
            "742a1232999d9c21b83cc4178cd8400843bd19eb4ad814979de3f2b71e04b067": 0.33,
            "a74efed3da2edbd95bc5475be1642fe2ab65c496aa7c29af2e9b9f9b996dff9c": 0.66,
            "b8ad38ab187aeac0d7d8866fe257dffc9ae9d470342583032f131f2d543e845c": 0.66,
            "ceba5a61ad659441279f203c6cc23077edaa028de8484d4d320e1f6656cafcbe": 0.66,
            "de0565d5575cc35f25db3d8058abf22dbd10339a5148186b1db09cb18853b4d7": 0.66
        }
    },
    "q14": {
        "keys": [
            [
                "7e5385e699fc590895950f48000622c8cf7c0d915405b01a20544c8c577b2f05",
                "ef3a988eceae3dc29c4dba0a723afbc417ff3dbf77e07b6208e352cd62ff077c"
            ]
        ],
        "explanation": "mQ+EmqpN3jZ6+eF+/Juej66gojRUhwhAh0RZFy/1NN/mMtzn6o4hrUiP0evSgihNhqyyjTlUcD7IyXsqHDkPyD4Ii8cpUY/Z49r8z8oDa5YnWVrAXcgu3EIGQKl1xX7bMJsCuAHzw2MUOOFIui3JWslx5NOoT44suDRoiupEgikQp1sir+FGOETXXwMlq1m5ZVyIUzHW4NanClrC0zJYQJzmu2mwk9LtnNcxXzbEH5wMrQqJSKU+/IxYjy8TowZCHe9OHjflu69fd3CjFUkngV3Qi75O0axVAj7LlPWmm6d+XQCDtxn0Hr/C6Ck1cS/HxIL6TGmm4++0008Ioz1hxbBIUuRSSKNPnaRWNN9ITlZVsgkrFqIDVgzRej34JzfhPDNUnN1XbTFPzogM1Qq2aVywe5ek95ATPuYckPvR3MteI17rA3036ugMz0r9n3reC/IlNV2SOS3gytYPTsiZuRN62U7w+HImMRyFTlHGrAduqupO8z6Tr5p4AerKmkCMowtz+GoJBvE2iVTyvMeiN7bifev+FH3VoAQ2ynSOFynP/bP8dt6YWMsah8SSm/icfkrwsdOFxpPnCG1oi7tNgXZ6xJw7e+J+HFfDPHd4efKORqcnPgCEHdoQ0OyHmi023bUqEuGdbD0It3oUNnwnpAqCH1nWngi5renEiane3bhiVOVIL1ipmJ7mId88pC+qySuKjb/9ccSTVRdSjiU0Jh14/7adCPTl2QGApBiWmRpNUCLE2ubrEMXNCqsJlg=="
    },
    "q15": {
        "keys": [
            [
                "1b8c9402d27a9c80ec11d08c14592e16f3d76b7d07a1151cadb1f310ea8b961d",
                "3deb963f250ffd3dbdfd37dd3b4b842003c68b5f50b50976e46331f7babbce29"
            ]
        ],
        "explanation": "dGNqc17wntiwg+yJ5jPaFtH9x2Q+1SFX90Is2ibKgrHEhTuGydTqqlJrrOAUwEotCQWZBSFX8bUe6WA9+01iKwwmzhRq4uI9rtZE6bJPoxJtmb6TgWgRf0EE6q+yd5X2PZw9uqv4Qa19SFuC1Mn3doXgYlFuTbRMaoh1e+dAZ1ST4QoWiek2mhxGdWmEa0RarKXMZ5XNWCFZevvqx5dUR7LgNm7CmaiP05VQ+n/s0BHc9MNJ/3+FdLjJQb8dl6H/Mr7RsGCx/uNq62ExliifpzWnhDn7L0ZbYsY8AE/qIyLV9MOZ5/gHW+/6PJg03ccommAhRk/5OPCxSr7FVt4b4/ClzzY3WIZkGeBvEh0fZrprLQtNjq5LT93/gRjSDfZA2IqR3hYIosfrWC+yn4RVfuySKXXDrFMQ5KpJ4Xi19c5AeZB3CWCy4/iBoNpj58tKkiCmjuZag0yS1ZP6RscujA9TdHrXxPcQ1Cuyhl1QAMn3k5hVx/qyWI47K/KkGdTqELX7I6nFEAfPHEVsiKH5IhaR//1ZNQZ09UwQqNqo8Mje+xF5P/FIw5LPCA=="
    }
}
# fmt: on
