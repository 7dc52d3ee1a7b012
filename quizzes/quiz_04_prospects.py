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
                "Russia, which borders Afghanistan, had more at stake than Pakistan and so had to act first",
                "Security Council resolution 2593 obliged Pakistan to withhold recognition",
                "Pakistan had already recognised the Taliban government in 2021",
                "Russia, far from the border, could afford a gesture whose consequences Pakistan, as Afghanistan's neighbour, would have to live with",
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
                "That the Moscow visit had been a personal initiative which the new government meant to undo",
                "That Pakistan had decided to side with Russia over Ukraine",
                "That the opening to Moscow rested on institutional interests rather than on one leader's preferences",
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
                "Pakistan voted against the resolution, alongside Russia and Belarus",
                "Pakistan's ambassador rejected the Charter's ban on the use of force as a Western rule",
                "Pakistan abstained, as did India and China",
                "Before the vote, the heads of more than twenty mostly Western missions in Islamabad publicly urged Pakistan to support the resolution",
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
                "A Rosatom nuclear power project in Pakistan",
                "The business-to-business barter trade mechanism",
                "The Pakistan Stream gas pipeline",
                "The restoration of Pakistan Steel at Karachi",
                "Government-to-government purchases of Russian crude",
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
                'Around US$1 billion ("touching" in some reports)',
                "About US$520 million",
            ),
            options=(
                "Russia's ambassador, in a speech reported by TASS, for January to December 2023",
                "Shehbaz Sharif at Astana in July 2024, with no period named",
                "Putin at Beijing in September 2025, for the first half of 2025",
                "Pakistan's Foreign Office spokesperson, in April 2007, with no period named",
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
                "Russia mattered more to India than before, while India mattered little to Russia's arms industry",
                "India mattered greatly to Russia's arms industry, while Russia mattered less to India than before",
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
                "af4ed4c69a8510f89cc8e67bd7bf95ccd9fe48d483edf12662dddde7ef58168b",
                "16b9096f44a70a32bcd2db2e44dc3fc7eaef00dd4195a8256bf447ce70db4187"
            ]
        ],
        "explanation": "YemxNPXa+2/Epeq8iuVOKCZhPe1f6y0ri/1cYUMxH+mEXGOoVPPMuVPRkfcnVPdhH+5Nac3JZRtxIqZ3vUrffst7jXjxqajyETSh0hjFJkpA6ikt+CL4AhYU8t2HUUmtGKGAjML/I4hCPVaxvnqX+zKcUEZDKTeA5ojLbtpvtYVg7PfhZvV3eh0rRVwWpRBoTQMU2DhUkeNUDmJ7uilr0YjXIuQCtwttyBfVpZkfmux+oqi/3gGuIepTQG5XY1KP/S9ueFyFQ90gvStvdXMvo5PSu3ColZv21q5+0fkIyDCFJUslWTDLXfVbK0evQMUfuZQed5OYee57yYJfitno8oSA8OWZj/ytRUkwyxhn5T1ALgPqUKLsA07IX/P2vmwgbtVMJkpkzSyux5ZdTo4m5WGRBE3IiRZUxJr4GezIv3sm4elJ9zX+LqGX3+y/fDeL7RAWHxVq+g90StHxYvpkLi+LW5lmYqg0KGMlp7EKepbIap6+KkZZte2o/XztMR70Iv66iaYKYQULloGnxhijvNp+DMsaIppBOG6J6piglPh7/iR5xG3o/ogaq1yCxZuyHGD/5mbNulEMSAARvrFVtW18arIQFpybapcplZhCvLmt6ZfwknzVisoUZEaYNJXmXRXcMsARZnsC1CYzXVVXgGcv5gUeZvmTjsUy10sxyDa6TAbVnnLMfcf2rU+lsUgb7i7o/BFRvtERAR3mw/MHkVpmHjaDFK5fDFN2lFO9mqoSp78I/ZLMCXEItBUIBsJTYDqjH7dFsmz+uRiEN4IgFfHKP3mB0WxwZ6U4L2X7cZVqSVzSO/irnZkOJhvk9WmTLhe+Ta5DLHxjX6wjyQ/RQj+Y"
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
        "explanation": "JHtA/1C9Wee8aB7Njj5wCDhFyLHtaD33ccpBT7237v2T3LNAcPvLmX8LbauRZ1MHm0uR3PxM4o6GmkZj3C1YECw3WlQaPnhfRa9iMkvTKYa6Z0/2ceUP7VwmlmZSZ72vXt98P4Be7PFcUP2Rz5hm3vJ1F5tjJEsPJZsr1tpgu1UfJvEgBwJ2GoP68eUIA6av5+s2viHjAvBUB/ysQajH2L0mvzt64JJHxJpyzbdXnoJYcNmuQ6OswzFKXVdVGLJgvI+mmsHska/EyGAqJQGjq365OC2wnDGezAI0GhnzQX21KHk/em5+TUnKPIK/T81TEXyoNoKFrGk3Us01iTLRnka5uyhkoL/YIoGsny40GUVddQr1I+m3CQRKaFk/fCWUW9O/bpkTqMl+LTy88sjLbSmkJygCM0a5T7URvyXQgHdaAh4Nqc5b2UzqeV6pu+7c5xm7So4MOnyaIQZXnkkKksXslukaXgX5BVYbGyS4w4szzg=="
    },
    "q04": {
        "keys": [
            [
                "eed749a3fc022d5f5bd79c3d34cd0e34aa4ef7b66491f7536aa3b25724784e8c",
                "2f422dceae0ed3d565b3fc8f6abfce29030de1bc3700cc02a8bbf8cebea19b8e"
            ]
        ],
        "explanation": "D603Hxvzm4+DKHr+Xi/AUjAa9H/RudS3KmXwm5oQFKqHuUe5yP8cF865DSM2dwjWpGEW/fJxSHj7diV/yNLPp+FLNwSh7p9GhgZ6x78wMJb4Njo8bnNBdXzT1aiFGvHhsV25Qp16ojAZPlslobdQVetr4YAOOGbUHQRNR+KCrUeMwN1IUe+7rZjvvFdIaCvEelBqzIydtplpZSV/w6rYfMFxcR2hWnoxhOp6RYp7BXVBF9Y4nE43XieL/ZwOSISPXkOAjYrf3N1g+Ch8xabvt135hwEO75JQ3MNiIIVX4ttBKKEBsPX5OimPYc0bB9bEz9Xhfy5tncJ2Dx1lIm8DyKOA1UOgR8JB8UO67KagEFkQhw+KQf4mag/OHL2cEIHMu51nVW9avgnGL04fzmNZUoWwdbwaE6uR1jHtIcXSPZPt1ba/x9D1Y0LH0htPaTBLxqPgaL5GnvIa5P/AMnsKT3ITi78rEVtMnIkDMrQkuEtwunnFclhqyRZCFDAOt2YNYRXersNtaHHnLNa6OSRm+WYM6NTA6PqWVKP8affjq6OQPoCnLShsfJQ6noURI8tJadcB3MLFF0jXFJ24Hg3gxzCUTulZm58sXcx0mdlx5TNO7B36XUbC1sS+khtjXl938w=="
    },
    "q05": {
        "keys": [
            [
                "0acb5de02f44afa09d1ffee3d750883c63cd8ebaef415c739f440526bec868e7",
                "8e3d23f7ca4c0d99e6c2353c80a303937c667ad15b212ff88814667e043df5fe"
            ]
        ],
        "explanation": "FhLEljuuLLett3t1XzPaAkrxgFPSCtMsT5hU1JpbZ4l0VfZONWl+XjadBA1cdl1rhMMWTUpHksyo7JLW5X4jYytzvl7+lxQTADz4Kvnt1g54HgqrO6XNUnU7JW1UE1cJtMItpVXzpC+INA2/UOBd2eeUOJ9r8H1eqTMLAT0lCNpQLJwS2AOtbPZofeHjXlvvNuUCBY0pSgpv6Z1I4tPihS0vPAhP+Jf3hE3VLwWp9MYk80dEKFeX0uD2JeLV74Cx38UtB4FRYzvJGjqyW0tvzCN+SiqkksJmia7+MXsaZgSWTF2Jl9REXObPEst86kQ9mNez+WCz4BEqCZXEBqi6wAsyRWsLCic282unAb+4wXB+Xx6uB3/pOPj8m+7gIOPSodQZRdbidMPWL+vRwsaJHrRtrq3VYb6vivxnXqrA01t6/XOLZarlMYMhX7ddT32bKwpz60tTspLLUCoY0cXqEi+MEYURQqiEmy0cPOom/EmiYU5IvE9TR7AI0b8KNEazXEhj7mTv9ica0jJykMgLjynZnw6nO+527WTxjlk1/6nY8BsG02lv+L9lbs1Vbz5b75g9XNbQDoaJONGR0S+BEGGxsmgTmRdHF84TBFr/IRtYZVinXJXarZxRciv9Y0V1wXsB9U0p3EGc1o2QGf5KZLlyTdrwfoCsjrpnzZC7f0+vLL7ZiIHTAyZ+n8o6io7U8HMZoCbOAvuxZsUmUdlc+jOVR3L0L7IG/sZDuZk7k7h9wHEyTNJlZ7SXVVj9xhpeTQIp7nM=",
        "partial": {
            "5cadea97bd25774b481be4509ec5d9f4f0f65b58fe164d8310b6cb7340f13b41": [
                2,
                1
            ],
            "722fcbdc8affa2e52616006c781811334857a92f2cf8e9ea7e1d737cd41750f5": [
                1,
                0
            ],
            "9e8167210e909d166aa5569403595f209dd7a1bdf001a4802fc11232de775303": [
                2,
                1
            ],
            "c7b614ab62e5c24eff74dbf9544073482ab1f67eeb1ef3821de3647af676f2f3": [
                1,
                0
            ],
            "da64031e0f9c33e1afd002218f65d2307e739a14c72b00986310a42fa5bec211": [
                2,
                1
            ]
        },
        "correct_count": 2
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
            ],
            [
                "7886cda02c5cc095add9f3d136af76cd4e2169b0107714a54a13858d120390e5",
                "e04084e41939bdd6abac0d931152c57415fd70a07e0386b22a0b7b7ce48b2c61"
            ],
            [
                "681f5c83e2c9a414f431f3908c6635b9a1499890f6ec94bc93ccfd2604806d99",
                "ff8ac0c52e0325ffc244afee8f52fa0b80bc8f6c24612578cb0aa6c5d9f1b267"
            ],
            [
                "173f659323026fe88c85d2150a6db30b05c1552c61129fc2ee90bc77bb966c86",
                "eda7225a7dcc0abd7df535a1789c117f34d06600e7c128f5bb7be6855cd58706"
            ],
            [
                "da3fb45c234c3639de792bcc45f44b961270b5b2cd170a403101b98783744050",
                "844fed294d08b70f322c28ba3248feac3a1cf01031dbcc72e3ae2a406cdea521"
            ],
            [
                "82324e85e531bf2926ca81947a9de4917423b1f6c3a7a985f26d3f363fd7a52e",
                "3a6e3522fab6f1e5d007a56fec367fc02ec871b248d3b093bcefd1f0c5348442"
            ],
            [
                "081ad72dee31e50767e765b79dfa275064d84fad009aad1786e0ee280a51664b",
                "43bf791b4d81097eef0346fb7531c355464db8b0795affff352246d3ac7385ad"
            ],
            [
                "613f515c11d89c02fa4f9aa3d2ab6162d0075703421b267a882b94d82c13665b",
                "c57713f549c4bfa680cc8199e3a796d278ed619ed7d11a7cfe0d48bde6ef195d"
            ],
            [
                "d9c1c9a04f6b46fb8abf928aa0049f98d8023a19417e3d428385f346c35f2fbd",
                "7375ce951304d602a8564afddea3d6d801b1099033fda7bbfb057de4ae2e1b4d"
            ],
            [
                "6fa9e3574ac8520b77d0cb12a006d8f88ca66bbcae53068fa9d9bc32b4488288",
                "de94eeb102a7f0b6c2c5168fae70fd370b2b0850f547ae0190fe25619a22fec7"
            ],
            [
                "be89298929412af41ab112ad169ace9e469e00fe4741ae4f1a4a899d6aa23de7",
                "810088bfeeb84d2814185f61800122ddaf4e22179e830cac8418806bfc17b1ac"
            ]
        ],
        "explanation": "uDL/8LVhS7AilgMT+EenZRn3cEwDc/XF+/RLroWZ4EiY1SRTBlLU9RjGsSPcE9FoY9tWBlNdEGs2KqLGOhvu86QLfNdS1tJ7/+E/gZFLrX3VeIqduKEbw50f1jUnInqiFgFyEiPPZHe+GyQNEgeYSBp5/CRftfeHI/PsUy24/EyVsqGmkwa462FzlbqTByhfxYyE+0pzAe0wzhewg0/ATgElVIlcNmUK7mG9iqszVywVTtUQHvx1Qr5ad3CiU1Xmyh6VBM8fefpYdN7joHiTcvDyhbm4PB7tdaJD4gpfnrHMEuPkH0CEEvI8E9n/rV8i2sMM3eTIwzJMADEvsrrfW1Bm3OjD9kPeiv8kbYcXWn9652NmJwd9GumpsV7X8BnFvANUZShKhM1wunxJliWpQ8mZJotpSTKU81As1t1XxX1iiDo6C1bIa2UUmRA7T+H0k57EpNoiarPUmrG4Eq7BJyeTyNW+qibZOg1lTusLlUPy"
    },
    "q07": {
        "keys": [
            [
                "4323ee28ae602b92ef5279d97ed345b086b9088a2bc77b49cb371d4ef0065696",
                "1140225a614e0ec48d72bb50392451b49c86c2d26b8b7d1e7275fab1c734581a"
            ]
        ],
        "explanation": "DGudcmk6co+LLJVu5W8uW/ZGYv9racGfA730oDwd32no3GA1IXc/fpZdC1jpXZZ66/hysn7EuT710C5mIBwd1AKEmiyBoupEpaCgm2HA+tourx/lVpx2RFxA2t3EcvMGzPUxKTzp3pq1AL8z9/FzLtqJii2C/6i5YEAPoJv8Uajda+Yh0Tk8j0tiecizY5MJ7Q5gc6IH0TV9mnQPPQd4w8wFLrWkMpb72QkcVk6R3GCh+mvRwOCu/14It1k57m5PlWKG/jAaHz2ys1JXN6HXKyzw9Dv6KHon0qUEA7Hr1BTA/uR6J602taMI6XbqPoukK+TBO7r4MV4631QMOgyF6/ghWGca2FobiXntr0GaUUJN9Cbdfs8pCVEvZmo4cHG8Ro45x3bBSq6xGlBe+C/lyZmveoy7UAhduEU618JvyHKtc1UkrK7FhnzTgrcMNhE67ZK+1DqVSUKRdIQGoPL+3O7iZe/+GnwBkjzl4oAcBQdxW7R3J0IJgAkJK7pbRUROiMD3VaNKQljlxgVL9kkY3Qfxr33CnptpVp6H1zqIfSlaCrZlrPva7RhBBAZ1dpc/29VgKlnxK9rfNeVAeamDmdwWv2fZg0aBO2Ty77gVMIjF4YX8jHkYQWid7Qv6HlovlCS88dp2z+c1DLm18gEZSXv8up3V",
        "partial": {
            "0783aacb0cbe53109d020d5c5ec1406afcf0335d506a91b41733f03019c5fefc": [
                2,
                1
            ],
            "0c078d490a52451e70e613d48521f707d54111681917a96fa1bf83aace30886e": [
                1,
                0
            ],
            "7c59ffd9139a373268bd2d06495732da0f47ed1498c0e00a963298a3f4a699f6": [
                2,
                1
            ],
            "a845f12f1b9c2754e16dfa0abecacbb1d5558f7b84cf19247873c00073de916b": [
                1,
                0
            ],
            "bdab10e80c374529b8ed7c7fca53b816b6bd84eb2f4ee735d28675b8b17a8997": [
                2,
                1
            ]
        },
        "correct_count": 2
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
        "explanation": "XkZe/KbF5pb9dTtgtPNIHTlkhAWDwPf2bib10m3VsvxMS2UoV+Gqey10CBpYoS5DOxUSO4ZJ34zcjOfbBnJog0tzcFweGTpnyM97UgKhQG4k8V6OKlv15dEOMlJwUO7hpgPrapcriKwW27Mofr31kRitkGO/54L8GL/j7TZqDhOqx+7C2inaerJT9sC5QdueSSl9bkPp03M2SqBTuQ5psPJ1XWP7Ehry9MZI3Lu0XDagsWEx4ZvYHYRzU+41XwVE/85cOz8KcuI1KlNJXP3vDBLqp4YTS86CsmtQzX14VKniFEHTSfVfS0zxruX28gVECCcAC24CjosWjZJs3krJtSPZ0sab4JJf6c0wxjwgRjsSxCdoHY/bxgKYVGD1ykw4OqhqiKFbmmPwiF+G1N5k6iolyQieAUOHjHUqOHCtq7n+mxCxR62nPk3W2tgnJQzj8cRrqbRQiSotLLhkItsL7ga4+TtU3ePI136Fpzq4eSzI4LdY3UHAd7uD76hAsCI/YqKBS+OaR/O0mDNDRXgrs42/AonTK+458fkSaLQ6QON+x5XceA5sH36lMmNV7r1PlvFL1/MUb7LVChSUUjOSIwggwg+GJpyXPBQ5jowvEu3AZbJq0wjspjMdJSf1eY3ePzg+e8DytNPgzgPi+wQbtwPXOtFf1TxOov+FBzc9K2w1BidJlbc+kyfDeezAC0RWRyVApKn1bbcU6wrZXlgkM66THRW8ls4Vj7Uwvp2oBs08jze66Tk23HEZYuogozz3h+kLI2D64l8ltNGSZlUbsJ9F972FUyqPFE8VqQvIW3XEjFSNdOEX03gASO5juMxmunRDU+YzbqJ+snDGll9httjZ3G91ccXrG84t6gnHXQzX7Ey91TeJgxDL0DWpn0yy"
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
            ],
            [
                "127bea4103575a213a9833932fd5aae033333e519abb04f011c2b02c1cd42758",
                "1d0576c65f08e6a8a6ece6c89d5380df0b1b82be9ca05220d35ded7d52a5f4fa"
            ],
            [
                "ab3fb3fe96f04fe55e6e559819a2c29dbc95c2b92d860b56ec238b974bb9e262",
                "3e8d76a406e9874167c7b038c0de83c4a665229d85473c35e7a3de24c8d2876f"
            ]
        ],
        "explanation": "sSa7egluWxoExASLKoV0e2U9JQeeQ7qt4lmdY8+SZ/uvN7/AcoaWoYxz5M+5OHmgbe3GFBaE/JrJyIGUW9Lz+lFl59kxm3HooVxstBx978jY8LFncoU3TOzijWuBwCCH1vKb31R5vqG/sDuwy8KCaDZzAZGp/g4uTppLvB8ltqFWFzDJpvCEwMBP6j+aepnYsQfRGA67l9qewP4XHuW9yHNnNjB7V0XaPQg7+iBGiQ8QSvyr2mtjSs1gdx8FZFxE+yf5Cq2OuZZrmnTJf2cmjD9jSn6oT1KZOELJjcRptG6oXxTMa0dTRjmr6t4ng9Kmvu9xJ+DtAnMxV3yCjSwgE8rWz8igafl9Rn4wCaEPPE40wCjBxgingIZAP3g5QJwFQ1yPnUzJjbmW4W59AVmbH9u9j4im7Ck4MgS7YKdHO/B8SqHFe0HNZWOA+ienYEkyzFR+yKuMnuccBWI="
    },
    "q12": {
        "keys": [
            [
                "2c44a41eb43e8077179fcfe848ef21f11881572df6ae37dfb1184cf858c70149",
                "ef45c78c1bdbe3dd8867949bc5c75bbc48974c0eb21c561816ea9a99f8f3b033"
            ]
        ],
        "explanation": "I55eEWPRuakOdLWfKZXGGNlDLbUrZeWMCUcLpag6cwJitiLmV0HJ3r4NV1ojeHgiWadM8NTmkTp2Tj2awcwGW9nt4sJqZlPqI/xnXLr1NOEeuZ3oaLQPkHXxMvU0EMsralVtP/CHhkO7IpHTRNDM6Bx+0dp3+Dnau08Kvi0RBL5/dBptW/9ASZwX68bLy5yb6jgEIR6sfVE99mNpMe7Ulh6dYfT0U8wp4gH0Yi/UEmEaHOMjUrogjZ4UtMUzfAad6qxnPEM/ECabU41jkH//YVH5ZOsbuB1vvm07YG8wvxMmtyKfiZSBeyNdDQyGiIVkcvbMNfD09pROd/231VN3JwOazoCD0sY1uXnxNtgQoZD/NUjyX5BpPRQor5/LtsIZ7uH+/83Sx0RWtrgVhtzAndNO6Jmhqe/o9I2EamWNPBEem67RtT34dNykiJXkchJJIfxhCdTFWGq36zAU6tN4rH7B++Mw+Ei5+IP4L3I41dsymLX47MXC3Q0uQy/AC1uYRnsP70el8IXsdtxDHS9s+ZZkLiU99d4x3rq+Ctgj2+iFEP2QfjK3gQl65uV6P1IXNCXTikP19CbDEkpmglQe0EPksqraq0JP8SEhhj4XvWwOeF50Vkl08DP10dKaCH4Q67EzcMGFAgUaRs/SbUG7CVr0vEjxOv0HiU/vSvLdRtZlgiMa/Po4QbbhUZuNOB4wUpZzbZbdW8k="
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
            "008b550dd874184753c44a367faa3c2e081f0b0363eb295ceb042e5ede076a91": [
                2,
                1
            ],
            "179aaec304a10ad2666e98ed9e9648ded9bf1d6df1160d3f4970ffa46fb4d5e2": [
                2,
                1
            ],
            "2d5ef555989d8880ad3aad06315743b45192e78d0566294c8f4ae8e456bee81e": [
                2,
                1
            ],
            "39b33fe656c9dc58bfee8c44819c654101b849a8a92ccbdc75ade00564c0ddab": [
                2,
                0
            ],
            "4e84e2ae79ea110c0c97c5c1ff905e85a2f918c8da541d8b2793db10f01b0a2e": [
                2,
                1
            ],
            "5121e64253b57b7f059eedabfb0221941bf8d45bdda1fc2acc572b741200f7ab": [
                1,
                0
            ],
            "597869446f92404ef7702c3c76e631a5aae33f12fc9fc14d3baab571d1f9e4db": [
                3,
                2
            ],
            "69292e72892a591cec71e51f59b17f11049f5982733fedd3726e7b0158dc021d": [
                2,
                1
            ],
            "6c07d094f44c3b078c28746e7441830440c785c8a2cbaa871e2d8c4735163666": [
                2,
                1
            ],
            "7340e32609b1b42a996d74083520e23adfbb59ccab1d19300707e91ae249bb57": [
                1,
                0
            ],
            "742a1232999d9c21b83cc4178cd8400843bd19eb4ad814979de3f2b71e04b067": [
                1,
                0
            ],
            "a74efed3da2edbd95bc5475be1642fe2ab65c496aa7c29af2e9b9f9b996dff9c": [
                3,
                1
            ],
            "b8ad38ab187aeac0d7d8866fe257dffc9ae9d470342583032f131f2d543e845c": [
                2,
                0
            ],
            "ceba5a61ad659441279f203c6cc23077edaa028de8484d4d320e1f6656cafcbe": [
                3,
                1
            ],
            "de0565d5575cc35f25db3d8058abf22dbd10339a5148186b1db09cb18853b4d7": [
                2,
                0
            ]
        },
        "correct_count": 3
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
