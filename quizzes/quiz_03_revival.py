"""Quiz for lesson 3: the revival, 1991–2021.

Start it with ``pakru quiz start revival``, answer in ``workspace/quizzes/revival.py``
and grade with ``pytest quizzes``.
"""

from pakru.quiz import Matching, MultipleSelect, NumberAnswer, Ordering, Quiz, ShortText, SingleChoice

QUIZ = Quiz(
    id="revival",
    title="Lesson 3 quiz: the revival, 1991–2021",
    lesson="lessons/03-revival",
    questions=(
        MultipleSelect(
            id="q01",
            prompt="Which of these help explain why relations between Pakistan and the Russian Federation stayed cool in the 1990s, according to the lesson?",
            options=(
                "Pakistan's refusal to accept the Russian Federation as the continuation of the Soviet Union, so that Soviet-era agreements lapsed",
                "Pakistan's recognition and patronage of the Taliban, whom Russia saw as a danger to Central Asia",
                "Russia's preference for India, a close friend of the USSR and a major customer of the arms industry Russia had inherited",
                "Russian support for the Taliban against the anti-Taliban opposition in the north of Afghanistan",
                "Trade too thin to pull the two states together, at about 56 million US dollars in 1998",
            ),
            objective="revival-nineties",
            hint="Check each option against what the section on the 1990s says about the legal hand-over of 1991 and about whom each side backed in Afghanistan.",
            section="a-continuing-state-at-a-low-point-the-1990s",
            points=2,
        ),
        ShortText(
            id="q02",
            prompt=(
                "In early 2000 the Taliban recognised a separatist government inside Russia, a step the Russian "
                'Foreign Ministry denounced as the work of a "bandit international". Which Russian republic\'s '
                "separatists were these?"
            ),
            objective="revival-nineties",
            hint="Read the paragraph on the Russian wars of 1994–96 and from 1999 and on the foreign volunteers Moscow said were fighting in them.",
            section="a-continuing-state-at-a-low-point-the-1990s",
        ),
        SingleChoice(
            id="q03",
            prompt="What did Nawaz Sharif's visit to Moscow in 1999 change, according to the lesson?",
            options=(
                "It broke the ice and produced economic agreements, including an intergovernmental commission on trade and economic cooperation, but left the main obstacle in place",
                "Moscow signed a defence cooperation agreement with Pakistan",
                "Pakistan withdrew its recognition of the Taliban in return for Russian goodwill",
                "Pakistan signed the Nuclear Non-Proliferation Treaty at Russia's request",
            ),
            objective="revival-nineties",
            hint="Compare what the visit produced on paper with what the lesson says about defence ties, nuclear treaties and Afghanistan after it.",
            section="breaking-the-ice-nawaz-sharif-in-moscow-1999",
        ),
        NumberAnswer(
            id="q04",
            prompt=(
                "A paper of the South Asia Analysis Group calls Nawaz Sharif the first Pakistani prime minister "
                "in Moscow since Zulfikar Ali Bhutto in 1976. In which year did Bhutto in fact make his first "
                "visit to Moscow as prime minister?"
            ),
            objective="revival-sources",
            hint="Read the sidebar on dating the 1999 visit; the Jamestown report's count of years fits only one date.",
            section="breaking-the-ice-nawaz-sharif-in-moscow-1999",
            tolerance=0,
        ),
        SingleChoice(
            id="q05",
            prompt="How did the attacks on the United States of 11 September 2001 open the way to better relations between Pakistan and Russia?",
            options=(
                "Russia joined the US-led coalition and based its own troops in Pakistan",
                "Pakistan abandoned the Taliban and joined the US-led coalition in a campaign Russia also backed, so Russia's strongest grievance lost force and the two gained a shared counter-terrorism agenda",
                "Pakistan broke with the United States and turned to Russia for weapons",
                "Russia stopped worrying about militants in Pakistan's tribal areas and their links to the North Caucasus",
            ),
            objective="revival-frontline",
            hint="Ask what happened to Pakistan's policy towards the Taliban and which side Russia took in the new Afghan war; the section also says what did not change.",
            section="september-2001-a-frontline-state-again",
        ),
        SingleChoice(
            id="q06",
            prompt=(
                "According to the Kremlin record of 5 February 2003, Putin said that Russia's and Pakistan's "
                'efforts must not be coordinated to the detriment of Russia\'s "traditional partners". How was this '
                "widely read?"
            ),
            options=(
                "As a reference to China, Pakistan's main strategic partner",
                "As a warning to the United States to keep out of South Asia",
                "As a reference to India: Moscow would talk to Pakistan, but not against India",
                "As a promise that Russia would now count Pakistan among its traditional partners",
            ),
            objective="revival-perspectives",
            hint="Read the paragraph on the sentence in the Kremlin record that drew most attention, and the press reports of the same day.",
            section="the-decade-of-visits-20032012",
        ),
        Matching(
            id="q07",
            prompt="Match each leader with the visit, made or planned, that the lesson associates with him in 2003–2012.",
            items=(
                "Pervez Musharraf",
                "Mikhail Fradkov",
                "Asif Ali Zardari",
                "Vladimir Putin",
            ),
            options=(
                "Could not attend a quadrilateral summit in Islamabad planned for October 2012, which would have been a first",
                "An official visit to Russia in May 2011, days after the killing of Osama bin Laden at Abbottabad",
                "Signed a military cooperation agreement during a visit to Pakistan in November 2014",
                "A state visit to Russia in February 2003, ending years of estrangement at the level of heads of state",
                "A visit to Pakistan in April 2007, the first by a prime minister of the Russian Federation",
                "A visit to Islamabad in April 2021, arriving straight from New Delhi",
            ),
            objective="revival-frontline",
            hint="Note who travelled in which direction, in what office, and what was special about each trip.",
            section="the-decade-of-visits-20032012",
            points=2,
        ),
        SingleChoice(
            id="q08",
            prompt=(
                "On 2 June 2014 the head of Rostec said Russia had lifted its embargo on arms supplies to Pakistan, "
                "while a source in Pakistan's Foreign Office reportedly said that no formal embargo had ever existed. "
                "How does the lesson suggest both statements could be true?"
            ),
            options=(
                "The embargo had been imposed by the United Nations, not by Russia",
                "What Moscow lifted may have been a self-imposed restraint, born of deference to India, rather than a formal ban",
                "The embargo had already been lifted during Nawaz Sharif's visit of 1999",
                "Rostec was speaking of a ban on Pakistani exports to Russia, not on Russian arms",
            ),
            objective="revival-defence",
            hint="Read the paragraph on Pakistan's reaction to the Rostec statement; the lesson offers an interpretation that neither government stated.",
            section="from-embargo-to-exercises-defence-ties-20142016",
        ),
        SingleChoice(
            id="q09",
            prompt=(
                "Some reports called Sergei Shoigu's visit to Pakistan in November 2014 the first by a Russian "
                "defence minister; others called it the first in 45 years. How does the lesson reconcile the two?"
            ),
            options=(
                "The reports describe two different visits, one to Islamabad and one to Rawalpindi",
                "The first reports were wrong, because Shoigu had already visited Pakistan as defence minister in 2012",
                "Shoigu was the first defence minister of the Russian Federation to visit, but a Soviet defence minister had come in 1969",
                "The reports of 45 years were counting from the establishment of diplomatic relations",
            ),
            objective="revival-sources",
            hint="Read the sidebar on Shoigu's visit and ask what each report was counting: ministers of the Russian Federation, or ministers from Moscow since the Soviet era.",
            section="from-embargo-to-exercises-defence-ties-20142016",
        ),
        Ordering(
            id="q10",
            prompt="Put these steps in Russian-Pakistani defence cooperation in order, earliest first.",
            events=("mi35-contract", "druzhba-2016", "embargo-report", "mi35-draft", "defence-agreement"),
            objective="revival-defence",
            hint="Keep the draft contract and the signed contract apart; the lesson dates both, and two other steps fall in the same year.",
            section="from-embargo-to-exercises-defence-ties-20142016",
            points=2,
        ),
        MultipleSelect(
            id="q11",
            prompt="Which of these statements about the North–South gas pipeline, later called Pakistan Stream, agree with the lesson?",
            options=(
                "The 2015 agreement provided for a line of about 1,100 km to carry imported liquefied natural gas from Karachi to the industrial north around Lahore",
                "It was to bring Russian gas by pipeline from Central Asia across Afghanistan",
                "Press reports linked its delays partly to the risk of United States sanctions on the Russian companies involved",
                "A protocol of 2021 renamed it and reportedly reversed the original model, so that Pakistan was to hold the majority stake",
                "It was to be built by Rosatom, Russia's State Atomic Energy Corporation",
                "It had been built and was carrying gas by mid-2021",
            ),
            objective="revival-economy-sco",
            hint="Check each option against the paragraphs on the 2015 agreement and the 2021 protocol, including who was to build the line and how far it had got.",
            section="energy-and-the-economy-pipelines-steel-and-nuclear-hopes",
            points=2,
        ),
        Ordering(
            id="q12",
            prompt="Put these economic and multilateral milestones in order, earliest first.",
            events=("sco-member", "pipeline-agreement", "pakistan-stream", "sco-observer", "sco-accession"),
            objective="revival-economy-sco",
            hint="Two of these fall in the same year, so compare the months as well as the years.",
            section="multilateral-frames-the-sco-and-afghanistan",
            points=2,
        ),
        MultipleSelect(
            id="q13",
            prompt="Which of these corrections to the source article's account of 2014 and 2015 agree with the lesson?",
            options=(
                'Its phrase "post-US withdrawal" refers to the final American withdrawal from Afghanistan in 2021',
                'Where it says the Russian government "divulged" the embargo, it should say the embargo was lifted, and the announcement came from the head of Rostec rather than a ministry',
                "Its mention of an embargo is wrong, because Moscow and Islamabad both denied that any restriction had existed",
                "Its sentence on Moscow's helicopters should say that Russia gave Pakistan four helicopters free of charge",
                'Its "draft agreement on the release" of the gunships was a TASS report of a draft contract for the delivery of four Mi-35M, superseded by the contract signed in August 2015',
            ),
            objective="revival-sources",
            hint="Compare the article's wording with what the lesson says about who made the announcement, what TASS reported and when the article must have been written.",
            section="from-embargo-to-exercises-defence-ties-20142016",
            points=2,
        ),
        SingleChoice(
            id="q14",
            prompt="Which reading of the rapprochement of 1991–2021 does the lesson judge to fit the evidence better, and on what grounds?",
            options=(
                "A genuine realignment, since Russia replaced India with Pakistan as its main arms customer in South Asia",
                "A Pakistani initiative that Moscow never answered, since Russia sold Pakistan no weapons",
                'A new alliance of Russia, China and Pakistan, as the source article\'s forecast of "game changers" shows',
                "A limited Russian hedge, since the first defence cooperation agreement led to a contract for only four Mi-35M attack helicopters, the flagship pipeline was unbuilt in 2021, trade stayed small and no Russian president made a bilateral visit",
            ),
            objective="revival-perspectives",
            hint="Read the paragraph on what historians and analysts disagree about, and test each option against the evidence listed there.",
            section="explaining-the-revival-motives-perspectives-and-debates",
        ),
        Matching(
            id="q15",
            prompt="Match each party with the motive or reaction that the lesson attributes to it.",
            items=(
                "Russia's government, as its motives are most often explained",
                "Pakistan's governments",
                "India's government",
                "Pavel Felgenhauer, a Russian defence commentator",
            ),
            options=(
                "Noted the Russian steps with concern but did not treat the rapprochement as a breach, being itself busy diversifying its partners",
                "Declared the rapprochement a new bloc directed against the United States",
                "Called the lifting of the embargo a key change in policy and warned that it could damage relations with India",
                "Sought to diversify away from dependence on the United States and valued Russia partly for its closeness to China",
                "Saw its hold on a major arms market weaken and wanted a say in the Afghan settlement after the Western withdrawal",
                "Cancelled its own arms purchases from Russia in protest at the helicopter contract",
            ),
            objective="revival-perspectives",
            hint="Read the section on motives and perspectives in its order: Russian motives, their Pakistani mirror image, the Indian reaction, and the analysts' warnings.",
            section="explaining-the-revival-motives-perspectives-and-debates",
            points=2,
        ),
    ),
)


# --- SEALS: written by "pakru quiz seal" from the model answers; do not edit ---
# fmt: off
SEALS = {
    "q01": {
        "keys": [
            [
                "57cf60356dfb924194df6617c136b95cf816a484078bf53c55bf1b2a8852e295",
                "f79b9b71749805b0502eecb49e5bb25a036def389804794363ccfcfafe38f86a"
            ]
        ],
        "explanation": "he3b5rVYIAZ6fk+hcUvMOFpAeawblSMuxt0WWhrynsyrlWrhGLV29ROLgNrZu+5ZsC4h0hvc/0i6yDQySR4ekW/STF7l7f4mN2UrXFRKwL1fX0WvVU/IxAJu5p4pGaHNqNqnLB80EDZM0444vtFX5lPQhw0NlEziycMTzH+7qM7d/MeQ75oJzRU1YulfyhaG36GqpmGoWrUz0jNWSX+GweGrODwhH8wG8PjNBJ9MGj7B4srRQt0FwWSmB5crqYA1nVz/0GyU7RII5JIxNNtPpmQ1wtm64x0dtFX2NeEi/dhHWiiu07TZgR6WbaXTA51qdQXtoGaghqpHFc21Mvm63BSKTLfBDqYNK30vMPmZOEu+s/S7eemCLD//GS91+5M/+wC1VhlIa7D+ceE66vN1bRVMoaa7oeEx6rig8qc0lmL4rFBcHfT+cQHJoEOeG0kUyRO9a4pvZThKqqqPUgfn/XC6uqWAE8roVRVo4MP9xe531A0NpWQNQaR8aQ37KhZ4HGk1T6F+RWb7xzVDmDYeivAxee9zZB/0AFpodGEBS3cCOIFAeRKvDwnB7seKEGdhXScYpGeCKSqsY+x3MGRBaI/yEZYV9tHpQt0LsRmtCNM9LdytYsUjweZGIbIAZO8pkVn4bMUBRZbbXzSAfUPHtas5OlfJLd9/W0W1/ENws3LaC3tly8LvEEFFiXUbeiHbzZzj7AsvIYnTRa/yeQ02BUatA69NogJa9wNVW9A3ZhroVs6PU+f0zbNwrxor8ldrLLZ8RKWsayFfy9CXmMpbgsLnKz0fzdaKGLlHtDnELtHLbfpK+HRICl5cTLaHBt+f+2bySGIvdWMh9P0FF4qz0pT1ElAQD3I=",
        "partial": {
            "0807701fac034acd7770370a4abdf547cd92c0d8554201c4eb4b494770cfb97e": [
                1,
                0
            ],
            "10576ba4b77ac7ad504a888682ee18ec94ede1f283937d9e3f0f8039dac31891": [
                3,
                2
            ],
            "1304f6c53b1dc2e0d11cff08abe90d43a48bcac6aa11ae5676c1d0a1ab523fbc": [
                2,
                1
            ],
            "1a242a31b36917df3ef68ac07465be9545405ff3540f58022cf7d39977f2aa86": [
                2,
                0
            ],
            "1dd248fea8fb37aef52098923cbe270c3e07f5a5373eb3bd43f26735113c5a9e": [
                2,
                1
            ],
            "2625cbc8309eac6e169bbb6b57888efdcd70d7b3306cab43f5a768c10195a3f3": [
                2,
                0
            ],
            "30bda6e6e8651865102472335f93d8143a349434dbadda6f8928edc38327895d": [
                2,
                1
            ],
            "3f7c47b04d9067bdb6f891fcfe550abd793a327bf5c76f83ce4f313960a66338": [
                1,
                0
            ],
            "7f462894825fd2e5403df906ea13559178852dd591c2640cc621278c50924dd6": [
                2,
                0
            ],
            "93e682a61f107084e63a20ff68530fdd63b3f27ce47f5b8c71edc054aeec1b84": [
                2,
                1
            ],
            "9c131da9e0b786829f27fe66a4cfe077bd3bedc66bd21f005e0b7882617cf09f": [
                3,
                1
            ],
            "c48f8e5238292e69d4a4e95020863b8ea1b8b0cab7a98ab7bddd74b2fffd6d45": [
                2,
                1
            ],
            "df65d4334f9b3bf51174e0098ac7db8c866edee4f00ea2aee138ea3c1701f165": [
                1,
                0
            ],
            "ef8e2fb7b3cb861edd899374926a65c21f835a1b117b4896bf0d90cc9b2763e0": [
                2,
                1
            ],
            "f2b0e6cbf5ffafa8cab9f9533b409ac69005dbad1fb4a580f24b2bb5cd164c98": [
                3,
                1
            ]
        },
        "correct_count": 3
    },
    "q02": {
        "keys": [
            [
                "5bf2b6d5bc09d7a6f1afc8850c03ff0ec2f8ab7e72a34d06a00f9f8a7f84c1ff",
                "21499496e63e78bc444d046bb12ba808229891857e2504179bae8f08ef94b677"
            ],
            [
                "26199be3ef5c51824c3c379fe133bbdda86f576adbccaf83494e20ab3bc099da",
                "4926c9fc45bde325f943794adafbc9e974b0ad58db8829f4bcf868ad6fe02586"
            ],
            [
                "ebfbafbb2db73983e3a5e9de78c63685b3d14de55b47a5a37ff89c82d71390bd",
                "a5213bc4797d3948f85fcc75dd7a9e21127fc7427b200b118cb1334ab2fdc3b5"
            ],
            [
                "33a53efc21f1fae43dd960f85c37781a1522d0016ea2deab584af8c05b1d62fd",
                "84379ae269b4bc0f28ec6ae064a6f3554d40069403655c74ee1fd62593b28e5e"
            ],
            [
                "c5f37a5cb9ca001a294510ab364208fd16d745c6d48c2869be2ce60109894053",
                "bbca56ca7e08f4580fdca9e7948259559f8b5dd44be979a7aae3ba35b397d1b6"
            ],
            [
                "9ec34446ba2ada54986b7b7a319ff17dbb3888c608082cd50f7d21fc14f39ac4",
                "dc54c146a4a26ce9e321066a2e9dc68a1bfc3550baa92c21510ff62c27189d84"
            ],
            [
                "a67d1b5caa6053291c3b2a6a610a5e98df7a61aab6e25dede2938529854a3240",
                "01b7641076e5f11fc04ac8ff9679c2a6bc1ae75952d470e62e3510912880c4ea"
            ],
            [
                "1bdd6fd2d6d2e3b874baa65525b60f64a0ea5d8d6c4563dbe150895e41f5bd0f",
                "885e2e8da2503bf22be08b55b2888d4b2b3f4c0faaca21daf9b98a35ead9a60c"
            ],
            [
                "b20cd2beffdff99947fb3cb9e4c462e8362ebd2d21e329bb0bb80e66854e9933",
                "ea62bf40e0b3746d2e4ea0854e0b38a53fefd64482adea6aa0de44760366001c"
            ],
            [
                "7756101afd8d1e2029c657a6a2ea72038bc07b3fe6a72fd36c54c51bb677b876",
                "da3299f9231d6f4282d82566445479df8ef31196a8e014bd42107267631e6b53"
            ],
            [
                "0971eb53d00dd48791d12c00eec7e5f0d1379bbc5c84017c193fc3f4ca500764",
                "44d92c9bf1528ba8acaaab5a360a3b66a45d2626558e2a98b40e7ce3b7df0d0d"
            ]
        ],
        "explanation": "ZzgM6VEsK9AMulPI2jo3T8qniJvJbs1JyK0WaQssX9SsXVeeyi/O26gW8YPz3ejJYLTepslPVtbaF9APScHYPaK87cDJQCYXNI+8bX/H9tjj/gC/cSoQZ8JjDaec8yTHYw6W2wwIsgYU2ZcpQFQCqfGL83AlQknNwh1tlSGbbLlyaktUn4XR/lxRsZgun86ADdvQ++NJ5iAhBmCtXvb4UUEajYLtcHDdcKc2xzaKwaOKOSop02J6OL3o4SBJf8KXPcvXCY3Q7f7FBkMykAMU0qXLoliLr28Y9LGfuspNEZke0u/XMvFL0dDCVCA6vmX1lVquSXI/lgodfalIOphHPtlGnqLxs9OmNoGL147i8lQuOn3Yd0SGk6UGEYx50b+owC7GpICJIE8DYYWoHea7WicGFgRvfztmk1R4EjHtDvvWew85fu+iePUkbH1YHVadwGz52JAaywjB0ErROaZY0aICnKgxM0IwhI9nbAZx+OSf14DHji7gx3epAWNv9bTsSL2//y8pGjinU1fenmPYROQYpmIic6Zn1URzfmqA+Br23CF+GAVva6lNb2UuAVumyFldZemK2UUlB7VKwhw="
    },
    "q03": {
        "keys": [
            [
                "34290545f7a4ecc1b1acd94dfb794bf5425d442339b4b8fa083d00e773f5591c",
                "d5cc0363bf8d3a1b90b100c1901d465ecaf643d64f61c1dce1780744001ce608"
            ]
        ],
        "explanation": "lac8zQw6Q1iM28Q+QMxWamDlQNr3dukiq0gmJISKGIDAKSHCXEhKP9tZ0Uq4TSdoY+9ZF9A6td9du058YVurUfe4xQBwDt4x4Qh0tTs4WQwnwGmJqEESS2l9/mUkmV5Vxu+2Q3o6SuqfLCd9XZ4dfP0YDmVN/oLwE75SnaL2UNwb1Cq2Gqb2/oDiMFPZYM7YrtVlPhyPl/sRF+OfnhDyFdiItIEY5rye1/DXYDfTksd5WGRIKxxMsqb7HxWUE620kmTYmWR7bYuRKifvrFxLf19isnakQrbfwswEb4072N4+LsDBOKpr+tAEVg9birRebkay7aShuRtTpb3QqtPhDHXoeZdDRI6VB6/e2eyozzIQK5YaGiWh0ziDxhtTTPbgcCsSmSHm65koXy4ZP+GgvNRHGodVDMaKRFwWa1dAsBZCPIr3Ffi1vCjU6rAUjQRc1l9/h43K5rjXJvRHL2Z9tYFmkApApYBSMV5/kAn86VJ7mSMqGQe3tNiLrtTnQIU1IuBrDbjJJFcG2WJIPJ1fTKL3BSsllc2CrDo93GrvK43DjNAR6xOtAhb6xe4A7EIC1zqzKpCZ3jXlgahkuXTrU8OLux+XgPZqpAe5BCh1QRRli7HNvPias0bDoEKmo6v5l4lIvO4JDczYaQdil5LvpKwvTdg81kJPcEZcNWFmYXuupr2FrT+rXAWtxQI0PScVNP2Rj0kLG6QfsX4aSdP1wxd1hN7ptjt5h6Grj1T5NpoXPRdGX3OfrX5qvwxLQrzKAbnEH0uCIBNLcxCEcWGcoOeKwPdm0QWrd3Iq6DyuyTpSKVA5S4v5yfs="
    },
    "q04": {
        "keys": [
            [
                "a1305881c63251ca0b6fbd477a58445d8606b525f6b295a9853b285d2bece875",
                "29d27cbbcde6f76ab2dc5e87c3eadf94e034f2355100e02b5350897b8bc617c3"
            ]
        ],
        "explanation": "sGLy5UVjZKaJC0F1Z22CT0RXvY0XPcbdK9Rdp2aOAh5zc8Z4Flpz5Dn3cuPfZxputvqcOOaTB84cWFjw0iFA62ZJ/LDn6WVwWmlPAo3mFjR4ezi5zb35fgoYoea5KOsK5ZJOxacZ2Th45aZExEFoY9EFWmJUmPosbKMHfjJUvvJUTHdSxBlEuMMst2YgcCSb77d1WVfW1Gs0/LDVTwqqpJk71zGwMBHie5Nr0B8jMRt29h2eWCenl1iljSIEwH37MX9n9N0GTOW+ooEsJVxE6f8w7bHCVwutk8kMSp70QjXCkkZhtTJezasT+omCq8KreEfzqh87Iu02++b8qdB0p0ZZZs5pytTRPgMqHc1n7LNBLDIQx/7n0ldXCmrCHR0zcU5KD/WMel/N6dgUKv/hZmSTpC5DKV0="
    },
    "q05": {
        "keys": [
            [
                "1a2d0f75d79f166a2f60df8b9c27092d485990f210c9803462e94c97195236bd",
                "133d711420999a3a33cef5dd50a7437328ec4d301afb793ecbc2ee4591aa0d81"
            ]
        ],
        "explanation": "yaE9w0EJJ88xiVwr/LT7w3CHeCA02AwDJlK8aWYvZvknW/LOy/WACuhGQ8SmZJpxfrCnreQVEtxq4ZU/r550IKoBWMcataHfP6K2n5t6an4aH2jKn0vh32WOlh+5LbiqsQDjoi4C9v8R2hf6noDo4VfT6fYo59H1p5Z2+61uHaNV3ex67LFoguR2Rs4sdVR3mU2FW27T1rzakKC6/D9OtBqMFsFPKnd3zgJVMXrMVVrUnnHAdXGR5y+8C/XN0xAcp1H7PhTq5yCukC950jhu3Pviuv49fRFkHB6KCfH7WodB8w/CHX6C+2GbovWDn8pBapUkFzTzvDprPe/OEoKfoNbVfIJkoCkrtZWty1Fe5byccVqw9zKM9072CC7r15tj5PpAFBxmUTaVgFp4x9m6HrvU1CdkpSXSzeIyd7g2rT/d3OO3ABUFymcM7Ixpvqg97pOYOu/FDk+mpIzPp9+UJYzFwx2wBFYsri79aL6goSiRayiGvaTDucxhQNt7IyRAY1dIf20BNHw0Phe4FT3WWAAHZn2l6FHglYdYtdCZuTqEOxns8HQv3i6OV65RRTW8c/i7VgLXAaqnKR0Rhtbn+5Juap1yoI6K8PuTLx2/mOf4aBTxvoxLF7RL/AlvOtPm0B/wAm9yQraDZjxIdynxuFIm/CYaL5h6tWCn/KlrTglQsmVicxMSyNCn7bhWmOXeLIqX480Gm40DxVYvyN8="
    },
    "q06": {
        "keys": [
            [
                "1e30b2589c49a535dd2c346dba7db7c2cd6220f49e1b9a75bcc916ebe2123627",
                "190e08f8b1e52e24b0a321b8e34acf3d1be54fe70ef8e2ce27634e5bb695980d"
            ]
        ],
        "explanation": "xAnPPaJPVvRxNVQxiCx6Psxr1iNTvW8q67s7KP75JpCizV0CwcbjreF00dqsvaAWMWUxJkpC21XcPD7fY0HFMS41OP/+7WexMrM5T74A6SgmZ01lqKc9ILgokfgI3Ushr+PgTmVve9ySg5sZBMlGaI+2JrMdRmvgm4Iusd0/+wqYgYVZ/HHgcKAk8fpLLMSE3HH/mjgg/8oZ9+vm1K7Cdo0jAMU94Rb706cIa4mnwDeiXMvSGg16gqE4jBJXPuck1bnhDwfdLy/PUXsEkwMpcX02LG89uaa6JntAA9CC7Pt0zIOKUsDIvZaE1mxpgINu1e3cQZLXWEJnKgYmR+da4MZ69dWv7yI8eLRZZDjLtn67hdO7lNj1ebRMb7Cr1a8FtsBFgB5IeErAXEqLG7B5ttBH2ywZ6DaD/2/OLp0XzpZHxjXMwpZ+QbawGqLfYvJq+v8Yp2/QSKVNZkR7MnhAk7p/SAbFYLriKI9HGCRkm6yMaSebIrrbvX48MtujEew+KXQpgDIHKnj7PUAQDTGAYjgP"
    },
    "q07": {
        "keys": [
            [
                "f1415a39801cd645d0362bf1f9cbd687e591939061b781e3ed2adbee52000999",
                "c914104a9b9478810d0a49b5001f18ecace619ec4a9751d904124e296f457b96"
            ]
        ],
        "explanation": "yz7KB/kEI2yXYUaQUatGXTpn35eyHiAYfVTARcKfmSl9LJCiMFQ+TgEZaDrwvAAFmZeswomvbgG7ErwVe6kOOcN2oYpY44N5t3I8r01f4A6aDZ1jaIgQUgi/VJ0y+E2aoRz0uxclL6uzHRsZy+NR0rNo+uCDify3OWl9I7kuHT8mngjFwZTN5hOtE1YVdA9wprVAyhpNsE7Bxb71tOoMU4mYSyIm3JWqXTfTu186kUdoZp/3xmu0n7JaoB5ecxYR5IU6xDw7axOZEkwEvXDhQ4lXs+CsGEJzbWgZscP+jS6csSRyurNzqr6ro/7IHMDLSe5SPHfkIBvMp655oZpvUS8MbOJDtEv7xzzFLMNMhe0C+Hk0YaB9LYSrd7WUphui4yfbKWuNEaPsWgw074+WdkKw9KHoYMJpfS7VEu99nyzDq1Omjj+33Wqj7sIqJivPRafTHZQDsUSvfjUZk9R5H4Ob0gi6XYOAF8uOOPURZV5GbfmP0v18IqaCEa25bwswuVp8K6G+3CWM2MxPbbYe2m0FHJ36thgI+jmEETr6m0IQm7zswEnIIQaBBjoECbsKTnHVuhvCkynCZc5RX3Vl7H7iPW5uqokd3QzX6YxdpQ6mW+SNIfZApmbs3zOU2HH1yWcuhn91l1XZBJLv5jF++aQkg7YihnqGlQ9syctG5sbdfglBKVpsBmrlMToclsU/DSNXqBu/736lR/2FO+p4Pldben5ONmVUJxVE0tMxgYGmuS0WzZMDbgdtzuuQUtb8TN5fofQ="
    },
    "q08": {
        "keys": [
            [
                "ecbbb9f2c3a34cc0b2235812713bf78f8d94ac3ecd0ba27d529d134e04d70620",
                "9f72fd415afac4ec2851d22a4c5a1a254286df12be7cafee5510fc6a60d09e2d"
            ]
        ],
        "explanation": "+dgokRtBPequlrEOcpLo2BGaFD9p+VyCVcFQRCrQKgQOmemuDzqDxnznjrt82/UN1ej/lv8lEzgWftnKcN6i376i12iHNKE47wCNT4WfJVyu1jEfzVcTSjeLIfgIwsbHmzOh5iqRfvnPhgBnOfI6MVvAQhvo4vQHWs4CZx9hL6SmXs8BtvwbQViKZWzhTgyS+DW9QlcGQqLwMP6aEVqBSRUU/GYgXhyky/OPnjmOoGSImGCtUrMkDQ2ozOWMPvExtQSMwTvUlLWVow33v3BQCANUv8q8PcHhe0cftoGyp/1pvy0qw664s6+gvI8cxSe8AAZYZK2hkpLB2z0dlwqOvFOBvG4za1RDj9PFc5fXlFbfa9liWv+sUn/isr4aTCLwz0Z56n2s5JvANZR0TmWAxT9pE3nHZhtKHJnEBhgu/rbNTxKoDpneQ3LxfWVbw5b6ew/lCfRgIQgK/aK1La7Y2JG01Los5kxG3FzQOfbTPzIQ81dre3E="
    },
    "q09": {
        "keys": [
            [
                "17044940e688deaec35cd71e7d065b1ef2222b83f43b1636472d1e810347c797",
                "4ad547524705d67d5f8be956c7849f74992b389fa124468829fd6d92fa2f3dd3"
            ]
        ],
        "explanation": "3/S+gzLhf8JFWUId/SymKdtm2YxL7zmKcthIlCsiFV7d7G32vKfaXfA+GdTFhog35d2DeqwA5i8BDDWGOGdEAhBMbKVcFbUsTPMfheWuj+4SIfHQRgBJ8lhQKg+yPz8uLYnIbQMHNS6Mm03BMqV92G8Z4V7NbI91kdtBMnoASb6WV4lMDlmrzpzKhXB5QW/nv2u3TIfG37YnxV2Dr83dTilNS4YzQflbAHpCmlqIp1QvK3z9XZKoVwpj2wZqE5/6ED6lSImjCPvNND/IerOLHqO3J+ShZig/Gx95HWmLoAPVR/HTw518Itj7aTrwtmES9XQ/Z2OV2163bJKJmKe8O+33JvrLkMjPjXncuXEBXgKwZz33Fs7U3VMBYirZ1AVgBJEbWNYXDIgZSMCq5AavkLuOQwJzC8/12MTlTy7/AoqnW1G6swUE47g9T5mMZxMSDRUjn2cn0TIhuxXAeZn9NYzP+uULT0OxFpo1GmzOjQpd0bmN+bc044tBf8NmBz9LcDZ3tx3qDrBURBffLCx+VXygLuqceeiv9NmHbg=="
    },
    "q10": {
        "keys": [
            [
                "2a12518a5b3c8cd745a2ed2fcca759f908620ab7294acd0e0c4d914320cf5937",
                "5d096f97e5d460e179f0db1f61c4fb3f7c110a14a3015edee078a696f364b38c"
            ]
        ],
        "explanation": "NhVoQ8FU2/G5D7tXAfr1zNI8i6lK/vMPWOIdAEq9Mo2NVBOxvMDeM2m8/TbEIezh4mb80C/XWJ0HIeRkKROjNhPaSl/mDdAlkqd6bbDl1aFS+SXtIlIl0+/FntSYNx6yPj0qjFEgmlPqzKHfOhb6cLo2w8uwFyEglo8bmDN9xkjGAm4COT2wqQKs8ZF51F7QXugKceuP8UAt1Chw2gxqzLRIBfxH1rEduNlQ4BETLktM21LUL0Df+6w3zsM6N88y9DMNT1HmbIAvLpG6ZIEzHQUzhW5Pes14rn4Ysd9h9a8XJTkCKutKAOw2dXGgH3dh3F95wa7QMkYSmgriPMvlQWRWiMUELsj+mWmXiZcBl0SpOLQT5Zo/OvhYWT5ODdDfUrChvGNQno8IpHBuNisT7jMdhRntZY1/vlbETYCoyIfns1tMlo0eZwVJHFKU+M9pMK6Ccpk8I4VO7VH4+j79/BlFBo52lNCT2Io5yfW9EZ5zjFi8sfB47JhGUl800FhKlhUFW05tbhSMqS8o4KH/gOXR9bdNsie9Aw9DW99eS2TjN8Ij62oAfgmH/xiRESk9yMKH7LWZAI7QbZLtX7XomasmenVLqIbXRg=="
    },
    "q11": {
        "keys": [
            [
                "305f7edd9dd7a6a5350c594e871b302bfd7382b47a8de8487c0f15aa7ab25c38",
                "8bb1419048e60e314e4e862ee7af6c7226682ce7ddfe4d4354c5658fc165ed21"
            ]
        ],
        "explanation": "By7TOU5xPiH8grs81Vvq1UIJoweLL2SObvNSrrFbEPY2MwRKVsb23+zkJDVDREz8GDf7Xv8Yu3dbHZxSuzR2qEnLEwEgRBQrKIylRviS+D4HiCrpaLavUkulW4qC4y9l0Rjqpy9izbSofQ1lWCVlyfcyOoOx/eKzyjgeJoAtYd8/hpXRWR8Lko6TcKjy9kR1D25hRLuvPFTpuvQMCai1C/k6ZWEioVhdoVfY2CxKitt2NPraaM5PdUYE7ZQceYYZGghjZsg7UWgllRifRh2SzcztxRr23Y2sjHZGYHY5ah7lqtJxGQIb9ZgEDLN6JQnrq/qN6S5GD187Up+gJCoK0bmEvcSZ/8WLEd/uMtizadl9Fa1qng2LSsCVZc3uhE1iyHkBJVDIH5+VBYVel9szSdQU2NuZIaF/rtwGAhu6TaNQeGo0urFjF2w6pIL0CjmKjvKDiJ8GwEKsAzMK+/vKc/iQBkYMh5FrvZwS3DunZDwUoMHmqXWMzxAkzNMnf/zkaIYf7WBEu9kESVLMEKvOn/V33Yr0SvlmC8OGERrP3l9c3l8iALeC/4XRJuTbpCbhqiHt+vbHbR3xDJ1+Zk1vDPjmznnlyjuey8e7oMG7PP1d2jehFbM5UiAniCM8aNGl1BQO4TX5ML9NRnZaWwK3Pw3gMEORUly6RZmbJcWlKtVq6CpRzluHx0o3U7DIiVd0PyjE4kylZd0C6P/fn+Sinps4+4afLXRLKDzxUg==",
        "partial": {
            "0ab95ee6d767d3e74c3ed818c0d1eb044f221deb1063137b2b8d7ec3b596ddc4": [
                2,
                1
            ],
            "19a2b796506bf5a5690bfff4e1c4f3befaf9feb4252d23d8e5ae0dd0ac6edf0a": [
                1,
                0
            ],
            "2584a6b753e5b2d343214d9b356c045d1b925101c0b5cf1a3d026aa283c5e3d7": [
                2,
                1
            ],
            "2afa169ce445af99444c0fde0fd433364d5157ff1b6cde6c68b3d4343e622ff6": [
                2,
                0
            ],
            "411309aac50475c78326d13d661352c659da5bee42af4f53eb19161f5067ca47": [
                3,
                2
            ],
            "4d2f7b97d0f4975e1fe78fc0b7297062c00a0fe035adc809ca605808fcc86c2b": [
                2,
                0
            ],
            "5cec016fba20fc7a5036463a313e62f548d699d490cc8a51faea9a249c38cf71": [
                1,
                0
            ],
            "6f2acf56cbbb67af83b02938cb84516cc4eefad335611858d30f061856625134": [
                2,
                0
            ],
            "80a3d5c1310e74d1381baf1015a2ddb32ce2c1e4014507cfe0fd9d50d985017a": [
                3,
                2
            ],
            "97cc5aecad809f8914ccf8bb4a6f04b8f3f0ee88795ecb301ba89fae38aab266": [
                3,
                1
            ],
            "9ec002f337024e3ec470e1d04639ed6eea8420af75a30961af5afcf0eab95159": [
                3,
                1
            ],
            "a8a6721874efb48aa90aae3f639c1470fc5c58920d309e397c9b4c1d9db04bc8": [
                2,
                1
            ],
            "c85fa2c97b40689fefba26277b47bc004cbda30a50cc6562d1f4d89731c2ecce": [
                2,
                1
            ],
            "d5798e1e3a93913dcb641311548743330a376f258ae05538f1b6ea8b5522491a": [
                1,
                0
            ],
            "d71f2db4df6959dad7d8355b8c5d8571b4d7eb795eb3859d4f0d149703cf4c8f": [
                2,
                1
            ],
            "e1ca769277496d08099f5263ec5cea3a5bbdfbf29118ae8db3c0e2be5d05bcdc": [
                2,
                1
            ],
            "e3d8cba740fe276d703e47e0aa326bcc07dd6e8237374907f2bfeac293b9c870": [
                2,
                1
            ],
            "e613af5b3357c5cb757045575a0074913d3e79c9e65627666d1364afff5d8ab2": [
                3,
                1
            ],
            "f12e5329bafb7c5f98898a5a064d5645e72714a86159a9b1213a7dee3c770f41": [
                2,
                1
            ],
            "f5139fd7801d216cc9a986a9b38aff98cdddcd827b656da9cd8885fe2a20e78e": [
                3,
                2
            ],
            "fb74b8a28502ebaa73f64a99253b61d8a941bb4f74109b497e48924b66e7c2f5": [
                2,
                1
            ]
        },
        "correct_count": 3
    },
    "q12": {
        "keys": [
            [
                "6beda896509e3b6468896b562886a9882b7ec76b7fd79bcc144ce5ee5b61e7bb",
                "3858e6532dd2b1028c306c8368f320f3cc7776dc248a5fc1deafef79e5eff35d"
            ]
        ],
        "explanation": "TrqH1LsqjSt/OZkD+y+tpUuyJYMBjz3mFrruQtgRcYPTEobqsD/P/D6P8M6NYIxWBPVuSbcsIEgTnf4ByfNz0fhjfv7/T7tar5HemjT5Xud3iO/MDEGlZR8AbW398NhR0V45infj5eVCkwVSfNnvlM9lfcf2W+cKBhjuRvVvzNvlgYkgffCN0cBK0zaSZEGjpm127kqIziQrcF9z7LiialqWbinIdhFA87fwaOpzlvTPuBDQ9DfETDWe9qoVeZg/auk4DlRVtOLzg57fscE1cldhwp8Q0hTHE9HDW81tk0OqYe1oCQzTRN42YAkF4jsoH7V2++7fRp0M4jO9PGgRKpgrEN1bYOUXyWMZF8IK2YxAhm3aaI2NX72Pn6RvxG0SIN9Ny/nTQoI2Kifza0vk0YjTgjKKiNxwOm60wDBwKYiQxFUiAKDprtKkt3vQJsYUHj6nqzfq7mzY2DGlaZI2b09mR7Jy+jfRXWPvndpIKHpgi0w/GmD8b0ayl0XFRMV3FcWo7b4X4stIzCISNpFr3UrJyUbmcq8fOa6mbPt6HDyTJaSg89lud3Y440ogafA8XTipVE4LvQ=="
    },
    "q13": {
        "keys": [
            [
                "6f48b5eb72b2ebd6d68dce54052b8080937485a9cb1c4831a8b11983a1f8d4cb",
                "f102d25f0eda728f7675c7cb2f9d3ce5539c6c31b8dc80bf02366fbc79d95594"
            ]
        ],
        "explanation": "AxOFCsq1TfWVHilGriI7Zfhd+5Hzo1PbEmvmKNvaCspi3SNlP5Ef7PAlFKJwgx00tZ6GwPdEAJ6dUXQnB5raevUgQOuB89e8mcuxIfoXa/if374w8OYwWFSA4fTxJuQaM2YFFFVJkWWiVsJfwRRj47v+xbbYlAYEeh/MO5lUbSnu2NLSbr2hs5sL2gAb6j1lOzgJbOQOwL67VJMEqxHKdyPD2sj9bnlYP1kdlGxVXN8mIGe9pxxMNGWAGtWjzl+DwkSiIGRJe81QUy/Bu94hilkodRy0T46hDzV3hAJk5AJxh6v9mSccGnArn5DitXL1z3DGN0QApGQATucntmWIDdVqEFA5m7qRFKrQRrihb5to5bCI5b66TR7QVd1NqJ6XKJVE7ZJMGvi3uKZNjX3+w5wpJNOPe1S65xn0xZgAzQARyuiMyOMUmnL7yv+elZDq32kEnjYGO+8xCem3tnmGIVCVSURmbdN+FhI7RbsKhGrN0kRyR0Caup0U9Fe5u05OFSnKUX5aE4rhcaqYIrH49r0bmKepUWodVcL5hJ7guRBbkYSiJlE+qTUC3xwquO0mZiwsBtkuQQR1b1M1mlxrMsHadMZbhUoMnfTGE5kYkvpev7i6idu5MDUUhmKn5oZiI8WEDzHpxLU=",
        "partial": {
            "248b647d2076b77d03c874f084ce6c847414423e402eecf6bc34f9789474bdec": [
                2,
                1
            ],
            "2d8303d40f4e2a810e5e090428c89d2b25706e3efe21146a9d7c3e82c005986e": [
                1,
                0
            ],
            "6373a51599cbc8edd3ada5a6c69b23d0db55658036797b78b05ff2c63c8ef8bc": [
                2,
                1
            ],
            "67d5d139782d7f9cb28f7aa7b08def604119d623db8f4e5ee6f84701e61fd32b": [
                1,
                0
            ],
            "77db67fd01252a1b8fbf2afa4afcc2402d3d345f0e106a4e917768e21be5791b": [
                2,
                1
            ]
        },
        "correct_count": 2
    },
    "q14": {
        "keys": [
            [
                "26b5588daed2fa1ab3cd050439ba6481b648557f1707bdf8562b3f6c9a06ea5a",
                "dc83354d3676ca18fc9d915d56df9946a9c1156ad762ce68ff94d55021697a0e"
            ]
        ],
        "explanation": "9IJcYCbrgaYVOMPtu1YL8yalrsKpy0Zf2lvdTk9uTWgDWppKp1YZVcWbRhOzU2688J205Jku/UftBkR+Yw+lmLlkTHKvSmjfTqx3yXhIUPAqDwpIXgimH90Uu/KjxlqUQaeWPcPu/mbYs78MErIPyDxSxqtEYYEWda8djaTdxVbHhKRcZ24FzoCpWt5/uC4MVQvXAmhyJsZ8Mojd1OrE9nQoQZt0zYBUYIeMMPIpVqIV1H+WsuttNh9hAhzN2nVyPBtWBJ8HRw9MYxIpaqQl4Bbf31RB8MYjbTucqkqhqxPFZKXCWlY/jwzH1xFssQFkqqBL7CM81N/egL5EdUoE+Igu479hk0TgQoDo84pO93XzHF3NyyrGsJeZeCZMxfHhSNmKF5Bo3YBN/KxuhdwPMyGfw1bGG6URMThmvfN1DXQGM21al8HH4kQCwaAYWtIm1rACJ1xyBQ2hxgdcLnCtK9BCS5G0abdZkH2ZsFzsHjvUmVHacnfY84dj7G/4D2ddoeXbTp97TgNajyT4MwEf4WvGS+Uu+2NphOjQSxB/DbBuggyVptQ2egeX24V38izc7NN8MfCyJEC49oiWO4roAY3vfnLUh/4FoTgrwZfNSBFDC5UKMl8glwFDyAD3LZgCpwXnxvNrPp5wM+Lt4kXoCOYQl69/QP6grvGmv7HGFYKLimVr0M0dgtaUoppC5cUK9CwZ35X9BF0omnBij8UigYbNn+iPwI18mNi+rchDBhE7uf4WI9eAs6rVzte5Tke9PXvPs6QtXnvxAsS2mnXqG467T7UElKvRbekoDi1wfOwqWYItCXyartQ9ib45FitJk8ontGYrN5qTz5FvNwgRSxXJk3qqjfnqd7p5Bx16Z6l4hpUVY29UZxL3EZBSJm8O57uerWaUDu9ZKy2BL+It/gAVKxjI7zrgA7/279lXDeZEYDlhbXs79xVCVna6FFrpZMIm853hCSN+G9MYq4ZDpteYyMYNW/6We1KVRvlgCqmXgTwmDwSz1Opv8TCRdwuiHDRn4aGJ7x8nfSl0zhDNOiPVaQY76wZ63Yda9oJa8ZbV/VC4Adl3WcFIOH459U88MNdg0AlcXCPQT3j98AbXRgpRLkAKwudFssMWYY9HTzRxSwpJ9j5stLx3eVGyKmTQVuSTSnDbAL9DwRUJ9AABs1cnvOpSxz9nmAX39pU+YrYQL8pZmMeVvuRWBkqi+j/ti3WE"
    },
    "q15": {
        "keys": [
            [
                "07a061b513f55c1d26eef2e6b3b1a3c3c27928a81c9a6b3f1b538e54b2936ab3",
                "8117805656f045f0f38c240db492fabfe26d4d9e266dbd0b8042cf6566b83d5e"
            ]
        ],
        "explanation": "49+uVAwlzdZzl3L9tPS0z1gOLwKtEqDBT95HdcnzO7dUSiETtrBI3L+T3HyCNMS5hixil4k88KjEXrjv0UVFPfQM4MeiUZlZDfNubUCCims6HHjEpimC5HE+m8YSRMiYkro84Bi5XmmFzOMsU2SypQ9MNMiUyHR2TO1rp0p5X/nlAxAf1jllzIU7fvST+AQOod8R9HP0OexPS9jCnvRTgpCGc5Bym9eMZxZmx/Og7LrAcigwhp+HCB7HWtjlPVUdcJUrXHo9LSGesHv0KzkQSBxPe3Wvg8oFEp+Ps7eA+4XtwQhn1R5FMbDhyzKHWfUj9eLcCBF+18AY4SRvqNC80kaTOZLtHRzaKKM7ZRepf/flWOJgnuWQ8HfMFVcHYPtxlyV/Lbwqe6oB7kWdMzpIV1Od5VxS/1iloSXKnh9W6qHZonqgJ8V9bYvqgsn4SrVa+lDHG9IViTwYPgfZHgh6LG84IeEDQDQu7o5k5HZQPOHGfmClvJHFQ44tlFHBagQlZM3XFsiSCOUMuJ1u3w8wWDGV6yQjuGY/NDlGBAgF5OgNgMgUZA64JjbCLKjp6ETcnMxH+YIvYwj9I0kcbH1tMDaZmHGI6aqclwOcWmD1z2vjcASLss7NrXq51utrntGAoSrf2viZW8ynIM4kEuzQusbpv7hHmhn0Ltop5JPFjGqFaKkU9Kgs7WaeQqo0UUob2uhi2DfP2zkYJhuqbtMDPIVp4RWS065/LgYrz2eBi43+UaYR"
    }
}
# fmt: on
