"""Quiz for lesson 1: the historical legacy, to 1954.

Start it with ``pakru quiz start legacy``, answer in ``workspace/quizzes/legacy.py``
and grade with ``pytest quizzes``.
"""

from pakru.quiz import Matching, MultipleSelect, NumberAnswer, Ordering, Quiz, ShortText, SingleChoice

QUIZ = Quiz(
    id="legacy",
    title="Lesson 1 quiz: the historical legacy, to 1954",
    lesson="lessons/01-legacy",
    questions=(
        ShortText(
            id="q01",
            prompt=(
                "What is the name of the boundary agreed in 1893 between British India and Afghanistan, "
                "which Pakistan inherited in 1947 and which Kabul refused to accept as an international border?"
            ),
            objective="legacy-great-game",
            hint="Read the paragraph on how Afghanistan's borders were drawn; the boundary is named after one of its negotiators.",
            section="the-great-game-and-the-anglo-russian-convention-of-1907",
        ),
        MultipleSelect(
            id="q02",
            prompt="Which of these were terms of the Anglo-Russian Convention of 1907, according to the lesson?",
            options=(
                "Persia was divided into a British sphere in the north and a Russian sphere in the south-east",
                "Russia recognised Afghanistan as lying outside its sphere of influence",
                "Russia promised to conduct its political relations with Afghanistan through Britain",
                "Afghanistan was divided into a Russian zone and a British zone",
                "Britain and Russia placed Tibet under their joint protection",
                "Britain undertook not to change Afghanistan's political status",
            ),
            objective="legacy-great-game",
            hint="Treat Persia, Afghanistan and Tibet separately, and check who promised what about each.",
            section="the-great-game-and-the-anglo-russian-convention-of-1907",
            points=2,
        ),
        SingleChoice(
            id="q03",
            prompt="What lasting importance does the lesson give to the Anglo-Russian Convention of 1907?",
            options=(
                "It fixed the border between British India and Afghanistan",
                "It created an Anglo-Russian alliance that outlived the tsarist regime",
                "It confirmed a habit of treating Afghanistan as a buffer whose foreign relations great powers arranged between themselves",
                "It ended the Great Game with the formal consent of the Amir of Afghanistan",
            ),
            objective="legacy-great-game",
            hint="Read the paragraph after the terms of the Convention, and check each option against what happened to the Amir's assent and to the settlement itself.",
            section="the-great-game-and-the-anglo-russian-convention-of-1907",
        ),
        Ordering(
            id="q04",
            prompt="Put these events in order, earliest first.",
            events=("ussr-founded", "cpi-tashkent", "anglo-russian-convention", "october-revolution"),
            objective="legacy-soviet-subcontinent",
            hint="Use the course's distinction between Soviet Russia and the Soviet Union; the source article misdates one of these events.",
            section="soviet-russia-and-the-subcontinent-19171947",
            points=2,
        ),
        NumberAnswer(
            id="q05",
            prompt="How many prosecutions, known as the Peshawar Conspiracy Cases, did the authorities in Peshawar bring between 1922 and 1927?",
            objective="legacy-soviet-subcontinent",
            hint="Read the paragraph on the trials in Peshawar; it gives the total before it describes individual cases.",
            section="soviet-russia-and-the-subcontinent-19171947",
        ),
        SingleChoice(
            id="q06",
            prompt="According to the lesson, how did the officials of British India read the Peshawar Conspiracy Cases?",
            options=(
                "As confirmation that the old Russian danger on the north-west frontier had only changed its uniform",
                "As proof that the Soviet regime had given up exporting revolution to India",
                "As episodes in the freedom movement against colonial rule",
                "As evidence that the Amir of Afghanistan was directing the muhajirs",
            ),
            objective="legacy-soviet-subcontinent",
            hint="The lesson shows the same events read differently in Delhi, Moscow and Lahore; pick the reading it gives to Delhi.",
            section="soviet-russia-and-the-subcontinent-19171947",
        ),
        SingleChoice(
            id="q07",
            prompt="How were diplomatic relations between Pakistan and the Soviet Union agreed and established?",
            options=(
                "Jinnah and Stalin exchanged messages when Pakistan became independent in August 1947",
                "Pakistan's first ambassador, Shuaib Qureshi, negotiated them in Moscow when he presented his credentials at the end of 1949",
                "Liaquat Ali Khan agreed on relations with the Soviet leadership during a visit to Moscow in 1949",
                "The Soviet chargé d'affaires in Tehran proposed relations to Pakistan's ambassador there in June 1949",
                "Zafrullah Khan and Andrei Gromyko agreed in New York in April 1948, and an exchange of notes established relations from 1 May 1948",
            ),
            objective="legacy-recognition",
            hint="Ask where Pakistan's foreign minister was in the spring of 1948, and why.",
            section="establishing-relations-19481949",
        ),
        MultipleSelect(
            id="q08",
            prompt="Which of these show, according to the lesson, that the early Soviet-Pakistani relationship remained thin?",
            options=(
                "Moscow and Karachi signed a treaty of friendship in 1949",
                "Ambassadors took up their posts only long after relations were agreed",
                "The Soviet Union supplied Pakistan's army with arms from 1948 onwards",
                "The first trade agreement between the two governments on the Soviet record was signed only in 1956, eight years after relations were established",
                "The United States was slower than the Soviet Union to exchange ambassadors with Pakistan",
                "Relations were agreed only in 1950, after Liaquat had gone to Washington",
            ),
            objective="legacy-recognition",
            hint="Compare the pace of embassies and trade agreements with what the lesson says about when relations began, about Washington and about arms.",
            section="establishing-relations-19481949",
            points=2,
        ),
        MultipleSelect(
            id="q09",
            prompt="Which of these pressures shaped Pakistan's foreign policy in 1947–1954, according to the lesson?",
            options=(
                "Fear of a much larger India, sharpened by the war over Kashmir",
                "A crusade against communism, which Sattar and Amin see as the overriding motive",
                "A dispute with Afghanistan, which refused to accept the Durand Line as an international border",
                "A British offer to arm Pakistan against India, which Washington blocked",
                "Economic weakness: almost no industry, dependence on raw jute and cotton, and millions of refugees",
            ),
            objective="legacy-pakistan-choices",
            hint="Check each option against what the lesson says about Britain as an arms supplier and about how Sattar and Amin explain the search for Western support.",
            section="a-new-states-dilemmas-19471954",
            points=2,
        ),
        ShortText(
            id="q10",
            prompt="Which country cast the only vote against Pakistan's admission to the United Nations in 1947?",
            objective="legacy-pakistan-choices",
            hint="Read the paragraph on the western frontier in the section on the new state's dilemmas.",
            section="a-new-states-dilemmas-19471954",
        ),
        SingleChoice(
            id="q11",
            prompt="Which statement about the Soviet invitation to Liaquat Ali Khan does the lesson treat as well documented, rather than as interpretation?",
            options=(
                "Liaquat snubbed Moscow by ignoring the invitation",
                "Another power intervened to stop the visit in the autumn of 1949",
                "The unmade visit caused the Cold War estrangement of the two states",
                "An invitation was made, on 2 June 1949 according to the records Fatemi consulted, and no visit took place",
            ),
            objective="legacy-liaquat-invitation",
            hint="Read the paragraph that draws the fair conclusion and separate what it calls documented from what it calls contested or suggested.",
            section="the-invitation-of-1949-a-snub-reconsidered",
        ),
        Matching(
            id="q12",
            prompt="Match each writer with the point about the Moscow invitation that the lesson attributes to him.",
            items=(
                "Tariq Fatemi",
                "Sajjad Hyder",
                "Muhammad Reza Kazimi",
                "Shahid M. Amin",
                "Hafeez Malik",
            ),
            options=(
                "Invitations are often extended but not always taken up, and an unmade visit has rarely caused lasting estrangement on its own",
                "There was a change of heart on the Soviet side by August 1949",
                "The sequence of proposed dates, reconstructed from Foreign Office records, shows that the snub story is folklore",
                "Pakistan's own reluctance to build ties with the USSR deserves more weight",
                "In the United States Liaquat said that no date for his Moscow visit had yet been fixed",
                "Stalin withdrew the invitation in writing once Liaquat had gone to Washington",
            ),
            objective="legacy-liaquat-invitation",
            hint="Recall each writer's role: two diplomats with the ministry's records or a memoir, a biographer, a former ambassador reappraising policy, and a scholar critical of both governments.",
            section="the-invitation-of-1949-a-snub-reconsidered",
            points=2,
        ),
        SingleChoice(
            id="q13",
            prompt="What does the lesson identify as the decisive change that led Washington to offer Pakistan military aid?",
            options=(
                "Liaquat's visit of 1950, which ended with a military pact",
                "The Korean War, which raised the value of countries that could help defend the Middle East",
                "Pakistan's agreement on friendly cooperation with Turkey",
                "The American wheat aid of 1953",
            ),
            objective="legacy-alignment",
            hint="The lesson says the change came from outside South Asia; check what each other option produced and when.",
            section="liaquat-in-america-and-the-road-to-1954",
        ),
        ShortText(
            id="q14",
            prompt=(
                "In February 1954 Eisenhower publicly promised to act if American aid to any country, Pakistan included, "
                "were misused in aggression. Which country was this pledge above all meant to reassure?"
            ),
            objective="legacy-alignment",
            hint="Read the paragraph on the aid announced in February 1954, and the one on how the parties most affected read the agreement of May 1954.",
            section="liaquat-in-america-and-the-road-to-1954",
        ),
        Ordering(
            id="q15",
            prompt="Put these events in order, earliest first.",
            events=("seato", "liaquat-us-visit", "baghdad-pact", "mdaa", "liaquat-invitation"),
            objective="legacy-alignment",
            hint="Two of these fall in the same year, so compare the months as well as the years.",
            section="liaquat-in-america-and-the-road-to-1954",
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
                "56b904bc1bc187b1afd4bb67e0bd9bb18a1dbf1a5ff3965a5160f8f3f44cc097",
                "3ca2270200539d54be9a5b9edb8b95590ead796fccfe5b533ed67decf84265bd"
            ],
            [
                "bc895305f427655992a5e4b228f9bd96dd6dd5b5125995f9ef12b290a40d0a8f",
                "35442c0135761b9f11d2babc962f92b155583ef938005e132d9ca0b10adc1e05"
            ],
            [
                "6052350bec9f84cc4b2bfb3aa89d6b64be9d0d2b0adb6400bf409de0f95172f6",
                "f6dc502e5b7260063d0187667b8ab525a4fc5515cae9a8557261470dba87b602"
            ],
            [
                "5da6c4bd1abe0928705cdd02c464bc4d14f77748b34643d40a76a7a6a3519f51",
                "25c067f2c56ab019a9c9a207d652d1137d69d446717e10d8070c54e674ad57ce"
            ],
            [
                "675f13b7c1510b4f0b028955a07eecec5ecbc3de6b432016946c5c33dc0bf3d0",
                "d31821726ef1d78e6e055313e2a72630166b7b1fc33b6926425af4be72bfb47f"
            ],
            [
                "950d165ff6d3aed856ee0878dbd4e3b16b9a80ec647373fb1ece56934f4c223d",
                "411b2f28b8382c1c2f80814e251a55179454b7a112aa52a572ac5e79e66cecbd"
            ],
            [
                "57c67614c6d0ee3787e1535cc06360a2b2077295fc8189ed02ad21183affa885",
                "2709f1b748036d91233eb1ccf83b8eee794d4ed0a3fc44f78ed2e7d9514e46e3"
            ]
        ],
        "explanation": "YDNREGVyWS1TtjbaLadvG7zntQjEreF1vy3iHDMG5wxwscLVR3lTDq6ZwSlYozDhVDYM0inHM7owWyk5tt7lM4OXpm8VpL1RA4vrD7Kd6eqU4Zjk/m2cz5K3MgVrMauUNEv7uK7LvBikpZSJHaoEjbUA1XntN5oBoB42lwrZiKoDMi/G5lqFGq7QKrik1NTswv9dbxtwk/EYZSthKO9GybYtEhhwu1r+bbk0Y7T9n4w9euy8/dAurzqJ1DbUphU1VmEbDQoJxuDAnb/6ZaVQC+gMfUyanzK4tSaPQbbqtFoS7xraQkeCBh8f6FbuPzB3qhDCvHxRZDsv9Rq1AvqWaeeUn6pXbGIBJdmUbbP9c0RLXBM1XuW4TWz4MbQjzN40933DlhtmN8Kd2GV+lZepOm0K1KRmyXESpJRZeucTyL5qRGtLeUaTlF/ud+6NlUs3XI2f2+u8FbkUzXAAJvtw5ZDxK3Pygb3ONhadr3E4aNk82D/KYzQy39NyeIWvhu5pO6Pn0dGMsuoOarOMQ5m8IUE2yQ=="
    },
    "q02": {
        "keys": [
            [
                "682f8f4c06fd293aad1c7b851135164329453e4a0ec77eca448fadcc4d3a4281",
                "59d44192edd7d398a4d5c5960453a4f0365e6762fd27dadb9fb44d1eb63ba155"
            ]
        ],
        "explanation": "A30gTRVdvxDoI23FzVvSDUY92URPRg0D5Ayq46cUhkxEMBF2Wos70mTRkRk47deUltmoT2lcfabNX8VFaIgUbwAu/jM3g9F7yz5Z3mDH2jpH49J+4uXWI62tbsUOCmlBfDcINZw/mx6sv8lkL2V9FCt9qhXoKOW5RNUG7lI5J48KqjloQdxZrOVz6C4fwQGzexX2XBnX9MdTYgraMy7/Q3ZN6lF88pUG3JSV/fyfvjQq1RmOdM96RWA7T0QuSEvXVHbGsay44+PXIEk1nFKBpsV2XPdLCwMK76/P7gu6ixTWkAG6K7hvGYaOz6KhWJDpiziDMP/HHpRMUQzIoTUHXUm26yonvYuQNRfpH17GIDjZgeRv4DOEBCaz3xbfuC3UwHZG4bVzl/R4yaVGXs6LPSakiySu6jd1hryIjMLnVxASfePDatE9m3fhBNTHYgNJzK5H8CEtXuljWvjZav/HhZXNfh6fnVZcBcpwbWPZKJies1Q13Q21Hm6VmRgqUVlVKXiGhhRH3yB7FjmC5EvwJ/Kg1214Ewo5bpf9lgP4RvxNsV/EIaD6CCAUjpyLMwIVRZ8ySXulJKwd6hy2+WaDePUctfWs4QusXvEKMOt/B/WO1RqWojpuRsTFD5dxkRxeY12mK2t1nD32TMMjEH+W9aYjpCQUfm2Q7McA448z75RSlEza+HV0IgvmzvG4Xx1WCoasb5Q0aHIvng==",
        "partial": {
            "0ed4a95fa8e54d56bfb8ea539ccbfded460a2a54a63e148e1bdeddcfaa7dbdc8": [
                3,
                2
            ],
            "2592cc48c088a443b460ae65379c200fa6f71da9aa166b1fdaec39db026cb6c4": [
                3,
                1
            ],
            "3c6fd771bad83da377864a5515a8568a45fb53a81c56a87b7e534e0ca81feb9c": [
                2,
                1
            ],
            "4ce2f6d0c8a98c71d7473889360bce557b1054b90bbfbfb886730c3fe8b67cb5": [
                2,
                0
            ],
            "4f4e82fc7b99a16aae02f00624a810a6783a42daf42280a4e5f860d6dc387e93": [
                3,
                2
            ],
            "5f2aea652be20e7749d2ea9119d6b6a26386d1eb867394d19b6f1291efebcfe8": [
                2,
                0
            ],
            "663adcd62f8632646e0c7cbd1106f9ce8f34a1d4e53f8e8f391a604fb8a1ec7c": [
                2,
                1
            ],
            "66b6661026f459514eea8580b88f3631ad0a5a91bd1192d7b168940bd06b05fe": [
                2,
                1
            ],
            "6c34e2db138a33228b59dfe8b407608597b9e227a22db5f1ecde313a247856af": [
                2,
                0
            ],
            "74a7700e0d97af21c6668e8510216087dc0a2c0af7869015fc9a412842ee7c59": [
                1,
                0
            ],
            "79100a96e2a466d34ea811f570fbbf1c5549a9f341b35c777e5f95cfb6335d89": [
                1,
                0
            ],
            "986848d41bd9a7c54ee66e01a55b80717285d52eeb0dca166a5ff8f6a44dbc45": [
                2,
                1
            ],
            "9e3cdb6f10dec5fcf764edd92c3cf2b845a6c37ee2c8292a59e7df7878910aee": [
                3,
                2
            ],
            "a0f14dcc57d79600f7a015ad15415ea8542fb55cfc842f0141ec7a9aa8e78b35": [
                2,
                1
            ],
            "a7344d7677b09e040cc6bafa6f71e3c70d4b0a1803db459f8f8546df81e0441f": [
                2,
                1
            ],
            "bbe09743b63fef76550b09e0f67866b2ce95e96438ea05fdafbd2e28fe0114e3": [
                3,
                1
            ],
            "bd1b215a174e1966a99295c2cbe6337564a692da5927b358b99d00bc8e405ea3": [
                2,
                1
            ],
            "cac9981c1a83f252e7c53706a6906ae5cc4ac8f24cd01db087b8ba2494044c7b": [
                3,
                1
            ],
            "e333ab4ddafe3e6e7aab86eef135ef4a0f84841af78c1e9778aaa5298ef2576b": [
                2,
                1
            ],
            "e5512c91660e020bae77d44d13728187008b653c29589960fe4857280d353d4e": [
                1,
                0
            ],
            "ef6945e54c9c2570ad2a34bf8cac182768620067b48b951c4f568999ce6b7b2b": [
                2,
                1
            ]
        },
        "correct_count": 3
    },
    "q03": {
        "keys": [
            [
                "2bcb5c3037e11392f82cd36e477d7964cd291113cea1a6ce6af52d057b89f73e",
                "38e41bccd1fb74a1c8a08f02c9c8ba11254a6196fc6c3e522dd4e57d6f76cfa4"
            ]
        ],
        "explanation": "ZOH8ihcs/f3eGjNF28/I2HjP2XSrANIkpapaL+G3EgE7a3CW8zdpyDn1vYZG1EPPzOiGXZ5oZuiIlcYNd8j0KuafxZpNqgxtmZPhdD6V9gpr60KxLQMftx0VJiFI3uvCe2WJjMaMnQxEeuB08dI2qDB/v8sLZmAPw35F5fI8Ty9YpttkwSSkDp0KKKgJkdC5JKVD7fKXsRxHpbf4LlaZq9xpQabCdlqsdr+V2jrjzDmfVP9FJmo2OT+3fDc1W+Vwj2+H4N+HoTKZuAPEDiUn80kczDoc+2ObDo1Z1dib93NVyEBivkOI0wGe30diOGWEnp9i/I46gU5OUL/QvvxNB1FpE2XQ3xC+wRG8K5LPgOb7AxZW7EFiWGqmcnuUfa/C+sYYjG6OYiMKnz6luuYqS6KbERVsPx77su8pxBkg9Nu/Uc80U6E+p/zWapdwNPvH9Y1OwNQZU0bgjX1fBsjXLu+GCWbMln6/U3TjD/Mi4h/p7dmX1/8FlumdwBdP5/v29vePl90/e4kO6BgTF7O4zFOZ2TYTke1qYB+o6nMrL8DM"
    },
    "q04": {
        "keys": [
            [
                "ae50a9705990fb1bcbc2bb8cb071528b48d8eef12d246db9f052a236902a4f70",
                "93cd70c30ddeefbeaa14d9069b264d2d2e5c541f0946037582188a4e4b8aa95c"
            ]
        ],
        "explanation": "0FY440NE4J0tVnJkCKf+KNeb4/GPtlqWifkj0FdcysfgmnS/5RCpNATRRWnY2jMUthSrm8ooeu/KEEy2akxVpbt1vFF48/BnCJYfs9cxmwpCymc5ZUTrNOVKova7e8C0a9TOUjCGi+9L48al0H8q5z8qo1pENFU44T2np8LGRu8HZeLqA4IpUZMlQMMSYIoINIembgH3f/YLUsZKWGBJCBPPdshwbIgNCiZdGgVRTGQGkSHAGyPZcl0x8h1dKGMshwb3XmIDEPE5WhHmlMjNLq9P6Jves4pY3ek0ktR3dTTGNoScWvULINvIbUK5tffeHiXwluF4K0l8RCVei6LHD9nwLMJw9l/6Z8tAttSwZHmtXZImQ+Gv6LPDGz/l11pLNA7U1n2pIN+WGu+c4JmMJ1xYuw8Z7N9ZSZKgJLx+pkPZyWEWaF6Eac01iFxp0YpDOV21ID8UswDpuQ7EGYW+lBWCXUDNyxr1PH+eiEb4o7vOTvZ6zI7en0bVYA8b9kSWM4Vi7zavUN4bPxIf8NslHS8z0u0xCKxRKpWiAE4YHjQy+Rd8Asz3sXyhB4c0cJb00qEnYlklfpft1sIMS60IvJld+aaV8FvpsQmKXQ=="
    },
    "q05": {
        "keys": [
            [
                "285520e86ddd2970c32d56df65fdb26c06c7bf48cd4b07b9018b1ca3e5040f48",
                "5ddf254db336d895e25e9ac424a22ff752b218ebe671ffee35971bc5ee1bbbb2"
            ]
        ],
        "explanation": "/17pGlpTZpb5UTqUAXL83ldo0pLXh7tc3+2uhDs+g0ern654Abkx1Vz9cgwpQkxXDkbPnrUQTuU8ih17aGOxurT+OffiIe1H3N2dhaRm+wxkE8pqXtMT0tLtpK1XHDZ+rfkFdiS0LJ2d+hd6TsfVMkoRi7O1JBBSnUdsODgbjrlh8RC6Dft9JZ31vjX7bjYrCUPVCtl7N8JV1CnNvXMWn2Q3dY/xVv7yPx0/w3ojkXfiCFND/MhxhSMXMxOqW3mEi/vHyGFimaiB+BpQ6jJB+SIQXPgJqxcE3kbTbpDgqvYw96WlWco56frKAy590lb0b1r9eudVJWeYFs0UeKHcfXY2/1I45Z7Xz6hp/xaP1+grv+tT0ylWic2FLu98n5cP50Qhpa/7M6Qa2rshx2ar2yAyBCfGyNZPe+O2ZX9dwAREuR3F6EANJ1dGazCJt6dRyOU5r5vK/fQdbLRAH7jYc2/AQHnJCesL"
    },
    "q06": {
        "keys": [
            [
                "94fdbc4d9d7bd152ccce90071dee64914898f973ba6181073e54ba5b5232671a",
                "141816465937ffdfe93bfc980c51990be381cc025fc459cf14475cdbdbe1956d"
            ]
        ],
        "explanation": "gtWZlI2PxK3X8YVuyD29LRc6VMSAijBdXUGFimMaHC8WLWmPlht6P9WkSMCVgDrw/oxTdY7iH2rNrIN0ukYAmWWFE0kqADOMGIoQUShpIccEQt3qV6wE3alOdnfk1OjNbrsXMCJtFi5I+iaasw7bR4YGW3hSwjn10Ic8GQd9SnAXZUsNdS9HYdHinvhInGO+OmnUjQLw26nMhP4aedg5MP/rvI5MpDRRPyhI/ZJRbYKaVSohwTPm4RXFmlI0yp57NQTvu6afRMEd8ugUMbbK0F70T13fns/1safznbIaJSm+p1qhrX+74Hh2pp6RtQK3HMrLuppI9ch9OawWFasvxWjkXcl71Acbvxl7H2DmptAhtxOf2MfuYxWbGPoZ3BpiE7n3V9UfRXTmmauCaZgpkUpHTKUepQ9UsHhXtVhWqnIQs9q1m2bqeffYkfSCnEIz3c2zxwf9yvfCb8wuQnfXCediDM5adk6+MOc6qSWPlg8dV0SgoARwXV2TtMgdc2JGxN0RL/sGyBJs5vl2ZldniBF5MkBObH4ONMSe6fIjwonb9IexOBFfdFti8ZbX6Kf7XAMuT+olWS7UUQIdGvL5yfP1ngYc5Q=="
    },
    "q07": {
        "keys": [
            [
                "0fafead1705daa5c7d4c2a9d252f2303c22a4369a7872eeae5a363e0c4d91894",
                "4d4c8931b5913695c059df0b69fda91b357e8ddd17b7df2d31c63cc4e22552ee"
            ]
        ],
        "explanation": "iIiw5EYqnCmqtoXSn7RfElAizk5bSX+VjNx99NxkqOpVeVF7231umEF3YWjktV/bl5s7zIcIOgSy24yiK3W8u4urTp3p1zmXZy0+yVpvKVAD+p4ws+yvMbrsvSsFjGnR9q/1vBAeCy53Zxpr57zLS8BpuT66iL/sLMzBPms6aWRwlwAMKpAmeX15dxxM6jojM9bIzgOyhpBDNbIhSUWl0heGSXLzy/24dpA8Ims4KekZQTm5DrtBMnBDKwT3+kHHOuPmSjjlHpEEBVl9CTIkF3CFalA3fDz7uryuRzlkLbmbgzcMxWjyDH/SGcQYbPO08CBXC09r1ZRBBMKAdnvrrhBFDE2vmzIDXii3Tj4JBT+JQpfp5AL8vCu0dfHrXnroEtxv37GEoOJx19NhpBUhFUfMKPr8dI5hIUITpvhZiMVt1HtE5706fgTCNjDj0DTjFRjemAlrPKAXx8de/FrpGSAcrJ02vIOP1RenZbe1uTj7KqF86WsBktaIaqR1UR3GgHrQr4TrTQRLJDaA9XfIrqi3VQJqIJFMbQYq88faTwZmqkgHfWyGqBlyi0HfiBdM5K0jIlNqjnHkCNkpO+/AylmxSx42u+yp1U91uYF2GudiPEo/sD/6s9IiEikeV+vRfYhl63dUU35wyh+gFeAtlPDxS7ODRSR3ckaQQPUyJZZepe06rtvw8IzGC/uTx8UnCS+SMo9Y2O82tTU68/nFnK52XTU9Dtz+pb25uRwq2JEiFVivoXS9vzUQjICftLIRZxidKAJjuJpW5iYeRjC62wsqGYKLNM+/nPZD4//RYBwp2rXpng=="
    },
    "q08": {
        "keys": [
            [
                "65c3f6e411ae9d05e559865f02517ab50b29a7c7fd62e67308b65cc9a37f0949",
                "01a11c931d4edec299f1b1afb93286882043db86a9163e9b675250a7c6b65f01"
            ]
        ],
        "explanation": "iHlfY7n403ejJkSIGufLShqXe8YIkxEjlXRbYWfPsjAf87LyZqg2TrpI3QCPvq9GUaUsX3lI0scCoI8hXdFYpx4FbTo3nbtmmBNt0umVgYC6QwZndpjRfk90pyWthmsSP/wOZwDlwDe0LnPD+S0/IB4rR0wbr2b5C8FusmsVxzKsbK8uU2A9LZk3m4/ZzOsNYfU7dzHImlnGh8F7/wmJ8f5KiChYpZ/SHBb5zUOz8/DkQDYMdac3NWSlOgP2n+rkfwZkv21VWv9yN+XfaCZ9+UblHCPiWCwi2vbd+/gIr4HovJiIsoRD7WzttCkhO1a52asLSh0MERXEXE2QBqur2NM74ZQKmb6OM8IM0JWNo0ubYfXy4THR57zjSDIn1NUb1kafBKawXaPl98je3IVdBg3kQ1Oq6XkuFi6K6AklslzEYFsWdB67UUkl1ouP+gnM0/xPphK6qI2DsrxSd2AvtShIZxwOzX0cUn7/tWW6qkK5pkaYP8+kMhjPCZZ//WsdP+m6fs2SH3QAYt7WG2Ja7aJUeIp3d+izmyc0v/10oKgXfH+WCFKyBoWkW/1TWBuLkbtGiEP8CZI0loCzwDXtAG2e4FW2OTWl+7N+QLF9HkVgQdxHrLGZBXHc6WdXG+BotCcAP9mAE1FoU/xEQYZ02iwA0Mtivct/y4EKMXmGnF/935DcJYi3q5h7qpkAf6EumCa+nuZPpJMK+o/uzly3JD6SdYd9/J+hrnFoQCr9YQ2OIS4Ls+BWDBcPnWfOsMEsdxjrZSY0cE6LdqNRcARpUffv4rvIiK9uhvWqmQF0pSPaCPocBp+g/cxfPwIu0hcVZXjJn+9rz3ku78RRxyV9L1dZmek5w2akKruIpHJQINlsEPEpeQ==",
        "partial": {
            "389a252db6e8a5d11c193cf37803550b1caebfb64a24e5d473d86f23a9c73fd3": [
                1,
                0
            ],
            "734bcbd2cb920ad3c8dc1b2e10bc45141693d2adab01a62d2c2fd6627529286f": [
                2,
                1
            ],
            "ae0bfea10afd8b9ef4f85c31540fe00d25c2ba54cd5c27e32bf3446233860601": [
                2,
                1
            ],
            "ae78b097112aec91b1d73a00f0e9c456b5a7c26416c53eab59f2b1056deda8b6": [
                2,
                1
            ],
            "c9f456824985e6272c90d9d7b1bbe598a216b5ad3248c8f6a9ccd4840426bdfa": [
                1,
                0
            ],
            "e7ee1f1b34c4e5021a5849c5b70feb2a83803609e8936213a13ef42efac3d8be": [
                2,
                1
            ]
        },
        "correct_count": 2
    },
    "q09": {
        "keys": [
            [
                "1643d696db815e2ed4c22a63d69e64e145eda34c4e9922beeb20242be1398fff",
                "e39db2b9f75c3135ce3aaef765565220f611971391b11c104c5bf8a2b16c5344"
            ]
        ],
        "explanation": "epe1JJ1b3u/4/imKzHLcI8JoD7DONejkELDtP2TIMQQ/yhi1TlVWDW5lFcXIq8Cb2w6G8CyIzRSWlkZe32MPLnJx8BkDRM3DpN2M2SpPKFXBFH/ElItbHgG55Doi3pBnjL4hEdOjQ0gZybV4bO5YUKdDAFrrW+TMCYEpyiWSTBR/5OyZDhxc6VOFjeZL54XciGWpSZNbwdTYdISKTrHpAwsOKguROhAGLR8rhf72CAYjmWjgYO4rpKeWNunBeaTuIQmlknjdaQvb2iktjFZlbXreVL5wWhW4Cn3jkd7Spb/qx0TNpYcvcjslLgiPVfr4JqfsXK04Ceprcg2vDe+fdzbug4Ch5IlgEgFf09ZWlqwC8mke67M79+6J3rFRLDi5hoQaerx+YrBVvaFWkcw+TEuV6nQ2T67euBEiePogWcLPc6jwgPPVNeCNNGo7zE2XbgM1RIbpaQdW0up/3Kmtns9c2VDBn2sorsBZl2EllJBpndJpKudkG4orzHk0xB2QosF42FVjOZZt5I5LMNbksxcVoDS/Ywh0sUmHCBqAE2BrOYRG0pbgHHK/PuGoz7mFRxkIaa1YiB8tAWBVTpNXp5gQxFkUihwukluoX8AP16sJz8TfMbIJ6rZzaQ==",
        "partial": {
            "0ff5daffd1d32a8ee5740848c3cb7a58f9098233d4aac481eb6b5c4f38f4e5c6": [
                1,
                0
            ],
            "1288b863b33173faf6d5c6788530b09ce577f175141b1bf4c13bba8167c1aac2": [
                2,
                1
            ],
            "1a7fafbb17a7b3ad1ff597c7e8e55fcdfd7df27734adf712e3b9b8bb4eeb4317": [
                2,
                1
            ],
            "2dc38fc5d0c7eb25b5452932feb0e7d94a638f6730bcc00adee6869e82146bb9": [
                2,
                0
            ],
            "37f9db93ef03b255c3a39dcb22828797fffffde1d28e84429f04fed90f11b24a": [
                1,
                0
            ],
            "3b0243aa6059b23ff210dd3cc3127971fa35816b8a1422a4798c4e9940b8cd7f": [
                2,
                1
            ],
            "5e47aa6ac7876d3317a414c149bce6f1f154da28fa18c68ff4e9fbb16decd1c3": [
                3,
                1
            ],
            "6a33e3af9f585b01c9dcd0b9d27060e6d88765a207551585e3ef9636d17a5bbc": [
                2,
                1
            ],
            "6bd83ea8e47bfb75b616ae84f6d7f22383da9c10078c9e5169181ddd24c94789": [
                2,
                0
            ],
            "92c5a7790a7fbe08883bfd839d4072062a3a8aa858cc23702dbee01a990e55f3": [
                3,
                2
            ],
            "bd4749180a923b8ccb92f761da229df82d3a10fb213a1c68f09d69b700efea73": [
                2,
                0
            ],
            "c201cbdc9bcdb7a0ccb0559b30775c9779feb7a727ddfbae52a7b137c8237e09": [
                1,
                0
            ],
            "d1fe2f19a4383ee330e75cc5d4704a50622f1ec8d83b67e3e2dedcd55cd827fb": [
                2,
                1
            ],
            "d63ace7887929dc1f5a3a27267c5143e3f50604f4cb79b5dc8fe7d706b47aae8": [
                3,
                1
            ],
            "efb4a0e9e2e194b81717aea831853e04a0d719295d7a849df8d692bc02bdb380": [
                2,
                1
            ]
        },
        "correct_count": 3
    },
    "q10": {
        "keys": [
            [
                "f19423b5511cfde17b1f76936a8fa9e790f1681920fdbf2687bb857fa3d1ffc1",
                "a3a75ed73b31e686a14829305c3155e32e3f37e715c20de83cf7121631178d45"
            ],
            [
                "026d7df30467b27abb2b91dc2bb5518a947c4f59d02d808191130e4bc25fda26",
                "8e2e40059a2d81bd3c919c6597b0e37443bd01ba6d1df39961ebc591e77ced5f"
            ]
        ],
        "explanation": "bFLGm6liprVQyUcveyy50MMVmcDjPG1gVaR+2rmO9Gw2ajpA+OmyrKk82ym1wSrUoDccbDDQ//ifrtBLyDtgfyuFPz6SJUtgifl0bqFU43hP4bw2JGDnooeOzi3h5sc0Ioj098kJ6Ow+pVu31m5rcd1VV2GF9Ft4xoVJGhzDBDJm87pSozvXNGQwfvANDoiI/j6crZ0Rwi2uoZMMh65z/8vv2VVNDJggB0pjqHX7wGcN0FQ2tB2k4OVum+PDpNxhRnLeCy/XBJKb6i/cD4lHbSzSBGdhmC0nHHt2uk1WwjruZPEMePUOK8CbHgE/fH6QXYPfcWJ5Z7OIkWuFZATfcrtTfftImjTocfqh8w60ucQspbs+TJEt9xS5SQh/cbSNNR/Eur92LoNRcP8icsHa9Jm+neHenFh+u71VCuljKoR0Z4wJzoy0sBYujUadke8bxg2TCYABEn1++hZNaK09cNFs3INI7X1uDWaTHJwnEKk+PSIwAIo0n08f2Edt03VE5kAXVUuXg+Zu0iGCFbAUlDaPKykXVnIPPEnO5DGmMved/qnnk6rRP6zmhJq9ETkvcpy0ftf7yoGIO0kRVgsOo8trWUCOfdzwCdRGYy2Rc6YfUqKpkZ1mMRMMNMeu44ehRGyDbOJUqv5Kub057Q76KXcadaUnc13T4dJtH/tu7/y1/nzNNlmh+YAy61jB531ROo8yXIV7TnC3YaquSI/jMDlVvu8fm1QkYgY5kgngT2Ci4HMB1hc="
    },
    "q11": {
        "keys": [
            [
                "0c7d0a81d45f51e1c50145fab652664761fbce53a2f17e225eaad38986341a38",
                "bdec25b9541c6e8f1d54fa2377f0604c5c3f0f7c1e4ac574549a3b451ff0a5a5"
            ]
        ],
        "explanation": "SGmgBgQqeXrY8Pg2q8vvmbNc5u2UyI5KW9qotqPW6xblAH8Xf72fCYKMirAgQAZUviaPKi9WFUiFg1crMzxL/lqSqR9D99LRmxZvhUdTkw//ZFiUZTFRepZ69naQmYhmuSiVEW0/PN2IRmh/4TZmpz9bmggmyXTGNe6713YefO5KNYTSCbOlL40PH93AewJNiNvJoGXsPz4PHbnV9vT1jokFPoGZtcEZ9HxEH7fS6SsWtSB5u5A5kQoTjR81Rf1M+DIysSQPVCYh+Qi4znAzcvJUcPPWflZ3AkaaLTXicwP1YUVfbS1uoVPkg5OknouMuvds5Gdr8ZJhp2PbZvwRDCW8sPS846kkjEAKQEBXRtwCMkcKHXqMFRbDY5alqv+K9ER7OaFJ1wHEHGBkkujJRUvLn1lj2EgkcpaY8IgSUvKibW2wWP96SNcRVB7Vw63Ik79Si4H7mUDupjmFiZBhZvtmJmwt9CM4HeHET0c2mKyOaHXnLsSiW+BLYsiqomnbc1ShUJVM4T1QTqbwvjjYMbzduqXUWsMMTlnzUCFl7mNkZGFP4oy5ojXsoEA5zg1UZDfz7sdo5IfrfrQlDD/r"
    },
    "q12": {
        "keys": [
            [
                "5bf69a26949d3e837517ad24842b263616644d2ac29aa3a5382e38a697a85787",
                "c26cfbaafc081d7e0d2868dd00a15fe072ba1f3e68f820b091b3366d39527074"
            ]
        ],
        "explanation": "UuSm1icrdRXkz3Pm087h6T3jNmtUE9f4MgmE3SPscxiQQvFyVkmWL6AH2hiApnHKoN3uTUDWwGn25Uj+HrzXMvz89iA2xs1LtJFlFmO8C/ZwrQUWMiPa3AO8iIF+hQNiH1JMnEilwVI4SvzPVoIwZb/DqA39jReOpfCFuDaauf8YEeesIwsHLWJue6Fe8fNl3XdzvWhUJf8mqhADwAlwlofPE/GhyEgDOh0UeB8ZuhlcVlJj3wFInDV7QCDBKaRrgq9smx3H37WxluxNmLxG4ObCxCWQUdC9iM67YASy0pjryE3X9xTfdAkD/x0p4w1PTqWtm/AQH/N9pvXguMKIW0K2dVxs3C2PYLgkUT94d1mJpeCAEs808vsP5DTuf7Vk8JwyrQzU0OO4qKTGwBDIYhO7CSNyzg4HXokk9CSlcmiUQlbr9Cw6E4ITz+yjdVBpzestiPYz67K2LInH959bRZqPiZ0ro9j6yxD0TSJsso0pZsz1hKcl6f1ezS575qvn9PtRqm6sEmEUGfk9VkgBgaPw843Te2lKt3ZQ3T1JW9W5VDLHNqwLnliZ8qONlvxnAU9TgsoUFy3roh3L3IKJcXrYc7ToF3gENXeJodxhz7aP5QrTTQrlA6bW1lRA7j8IfAbxZ78EOfqiqsbGnDlEkTvuwpcMEfojxLLJFvOpHaZ18UybMu0MzbZlmlco9FsHDg=="
    },
    "q13": {
        "keys": [
            [
                "e89275e08cd146a86e7f66053d548c68670f993be040089b4c36bfc3c3532a7e",
                "bf439a164d96752edf976d8e37bf52c5f58fa9328df1c51f5cc377297241f515"
            ]
        ],
        "explanation": "PKi6RGoIk4ukK4NM1FdeKt5483YAE3AMzTcSqLKaKsVCMxLKRcvybOPBXX0KIhUdppT7P5NiK7tpq29E+y7C90KoTmgFgYpmrr28lHnaDHvB0LQX12EXdL8ct2ZXy/ycOxqB6oV7Uay7elayumVjCKGJ7Yt2JXFGgypisrKfUVtmUtkKddMPLj3jJ89oRz5hIABYVgVY4K3Kx75eUBTbVgcDE2CF7YtZ77hGYPU58NvDqXvgGXyIxa092U1OXrztoZWgryZchgCkGBDTSB7CDIv4tsdpKvU26FX+jxoiEjTfvC/NOztpSUCKN976qXo5kPWIBXBPOOJ0hGXIS3f4H7ZR5uIrFnmZWjqGkZUFXxWsvrPM5QWtFUV6wDRaRJPPVNbBPciWWvWnhLLdGCcNDiC7XGPg8Aypc0HB5PY3N2rr21wBQS670chqmheIqxDhYL4U3hC4T0/srkk71ZzOTVCztITL75UkAsDgxbqVjorBHyJbMB1HCnYiAskA+JCjyXJlWvlmbC9uk2Vbe3aYYlrWZRqTxM4L5C5eiYUg4o63r7PYGnwasgHT93gIjXQjDPM6YUzAkThUtehH8bfraekd6qa5ctwHS8ZZVKYUHXfEhIAqeTKF/YvN7Peouv9o2NZAyOIW+RD1Ti870kx1HTdCZW5BHoZTd58/"
    },
    "q14": {
        "keys": [
            [
                "9503f6ff6739355c7ad336542c6e249902eb69b6e96bb4a9d1b687fab3c76a94",
                "c69a15a4052de8bc22ad13b69cb08f9441bb6237810ac9f13fa6d25035e2688c"
            ],
            [
                "a9c5351dc85f87b07bec74442e6bdc9a62c04feaed6a7e82a69a604a3b22e791",
                "5bee2b357fc001361540ae3b9b91989ba654a1e6ed675f5d6d74c952ac13abaa"
            ],
            [
                "d79eff12f0a0dfed3598e217889c2bdddcc4cfc692b4d23230b52b6af27afa7a",
                "92f7c31e901b579afc5e206da208d0daadf20b9589885494aa46310d03b0f338"
            ]
        ],
        "explanation": "acZOq+LuEfZPlXWpmm6cqgnNFW9ftfEdO2hI0S0a/jezijH51z8p8iTt4LT7lJMWsAO0I0eHDiup4s8KjPFFNMJ3yjeypo06ADiONfQKP55fbfmIQWbSXeJn9yuDwtP2ZsxUNmxPdjUw2WG/LBoBq2/nBk11ac9wcg1iIRUGhkokJgjz7RAfchsokQULxkXGipOI5OopOHiqU1iHNSBSwewNs33/sPqmg99OWXACC4EZsf22sacdTYBjcoc3D9lBeG182LDKQxpnqO7JUO441swnfcyNoZpKsAbxegKC42DCu500E6wNb+qDZ7vw0lPNK59GS7N4O3M+l8nGHoFRqSBB/PpEauSAGmemiczHYr07zz+I9KciDQ7H6dhaNUboWFdoUeCvM/NaOEHtbeairgajhwoF2wMT114ThTaB+B/ecGkwT/nEwXTVRDImMCxFuQo5r3yQTOTbstq+TDAXkicrmA=="
    },
    "q15": {
        "keys": [
            [
                "1bbb2b31b3f85f2880d836829fc406f9bb9caf4c3ecfd1f82b7fb80ef154880a",
                "f4098da566e65f393203f51674c2d7274c84590091016e92cd0963b6964b68e6"
            ]
        ],
        "explanation": "6yDAYPf78ykJ8gjD4fO/nicHouhbLIlO3n98W5xBTMfUcsaUPa545fUdT/HiqUpPkow2/nOHxalYYI3D2ZHQIfAe0pthmD8lyzYJctW71w8YC5swuuPoMuZVmc3nqotZBbb45iGhILrsoN3CfJOgDLeUSszQJaTPf3Xeedd9J4NoJvVa8QSwAOI/20TUT78Kh6ftDTFi89v2Ccphk7kW5qEaT/hZILk2TPzHdl2eXNbkJY0+b22Tfdt9Ddq6elB5rXCP+Y1lYTo+JNh8+JozAVMFsOP21USsuPUAd//FepQgHF/E1rZspETBglispxwJIzDIZPrrEH9Laoa5T5I/bx43dboxpE6NajZwowEiMLyeXfR5N6W1S+MDij6K7dyVE2u+veZpHl7InknISB0IbGLPyNeHsk0IXQaT/j0csYdlPKDIvqDQqU62odwQEhU35i3o1R7KATVKDx141gRqPQYCRieG6FijopfYqieNHv+B1SHYVmCq9VYQZraOFFSQ7yM7aLQFN4tJk+hvIAVNPR8EZl7An3zTfW4WC7ustoPK1WxAwzjMY1JJHOTscDciY0agycdbBRMtnlyFAA2jEEAHmcDQ5rR68j81"
    }
}
# fmt: on
