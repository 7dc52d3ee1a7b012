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
                "Russia recognised Afghanistan as lying outside its sphere of influence",
                "Persia was divided into a British sphere in the north and a Russian sphere in the south-east",
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
                "It confirmed a habit of treating Afghanistan as a buffer whose foreign relations great powers arranged between themselves",
                "It created an Anglo-Russian alliance that outlived the tsarist regime",
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
                "As proof that the Soviet regime had given up exporting revolution to India",
                "As confirmation that the old Russian danger on the north-west frontier had only changed its uniform",
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
                "Zafrullah Khan and Andrei Gromyko agreed in New York in April 1948, and an exchange of notes established relations from 1 May 1948",
                "Liaquat Ali Khan agreed on relations with the Soviet leadership during a visit to Moscow in 1949",
                "The Soviet chargé d'affaires in Tehran proposed relations to Pakistan's ambassador there in June 1949",
            ),
            objective="legacy-recognition",
            hint="Ask where Pakistan's foreign minister was in the spring of 1948, and why.",
            section="establishing-relations-19481949",
        ),
        MultipleSelect(
            id="q08",
            prompt="Which of these show, according to the lesson, that the early Soviet-Pakistani relationship remained thin?",
            options=(
                "Ambassadors took up their posts only long after relations were agreed",
                "Relations were agreed only in 1950, after Liaquat had gone to Washington",
                "The Soviet Union supplied Pakistan's army with arms from 1948 onwards",
                "Moscow and Karachi signed a treaty of friendship in 1949",
                "The United States was slower than the Soviet Union to exchange ambassadors with Pakistan",
                "The first trade agreement between the two governments on the Soviet record was signed only in 1956, eight years after relations were established",
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
                "A dispute with Afghanistan, which refused to accept the Durand Line as an international border",
                "A crusade against communism, which Sattar and Amin see as the overriding motive",
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
                "An invitation was made, on 2 June 1949 according to the records Fatemi consulted, and no visit took place",
                "The unmade visit caused the Cold War estrangement of the two states",
                "Another power intervened to stop the visit in the autumn of 1949",
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
            hint="Read the paragraph on how the three parties most affected read the agreement of May 1954.",
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
            ]
        ],
        "explanation": "YDNREGVyWS1TtjbaLadvG7zntQjEreF1vy3iHDMG5wxwscLVR3lTDq6ZwSlYozDhVDYM0inHM7owWyk5tt7lM4OXpm8VpL1RA4vrD7Kd6eqU4Zjk/m2cz5K3MgVrMauUNEv7uK7LvBikpZSJHaoEjbUA1XntN5oBoB42lwrZiKoDMi/G5lqFGq7QKrik1NTswv9dbxtwk/EYZSthKO9GybYtEhhwu1r+bbk0Y7T9n4w9euy8/dAurzqJ1DbUphU1VmEbDQoJxuDAnb/6ZaVQC+gMfUyanzK4tSaPQbbqtFoS7xraQkeCBh8f6FbuPzB3qhDCvHxRZDsv9Rq1AvqWaeeUn6pXbGIBJdmUbbP9c0RLXBM1XuW4TWz4MbQjzN40933DlhtmN8Kd2GV+lZepOm0K1KRmyXESpJRZeucTyL5qRGtLeUaTlF/ud+6NlUs3XI2f2+u8FbkUzXAAJvtw5ZDxK3Pygb3ONhadr3E4aNk82D/KYzQy39NyeIWvhu5pO6Pn0dGMsuoOarOMQ5m8IUE2yQ=="
    },
    "q02": {
        "keys": [
            [
                "ef6945e54c9c2570ad2a34bf8cac182768620067b48b951c4f568999ce6b7b2b",
                "10986019c4923f09806d0bc6f39c5421f2b933892519a6b5e8042ba07504530e"
            ]
        ],
        "explanation": "doVI1i3r1KwRCIW2707WYO95zNRSomm7uFwviwLAoQXV/j12XLJRmjLsnORdnaiFNgA39Gw8P6GmmYuQod2cH+8pUGhG1nYPOcvX+8lAPCiN9IWnMViI6KMIHmVjLWl42MOG60aCIzgII0X90PsBOqHKMzQSY2vjg3PkNPE5A4xln8+7i0YLpsgQOOb5q13UkndNtUULYqzTSO6Dg2pPJ2yx4AwU0tPaLYUlNUHOwi8Xa0BDAk7taa0m1/Z9+lXwMnC4UDnRTjyIF1FLUuMc+VBil0QEdJfZiok434Hpg//JFqnsviT+OJbnK2gQJ3+QZGYaEFWtDSAmNu8MCZZRX3t5rqDnBr0cAkOluVcEWnamvI5BPn2xlVCZRB2rJrBysCTNH9JmLJs5CQPCUCyXpIgETfjyckVfFyrAMP/ge1YzPkF36L6QICygsjlhpuCCVHRtCLGBdAj9s8xufecKnzrKG3Oy7tMIxhxAolONPyuMwVSw9VdUKY9oyv+63FgiVu9E+6YJjOr5RsrtO+AKwU+H4w5HE0vmyfMvxthsdd4ID8xX3G0wlQyjmgFLQFtYbcABN7+ExFSCNu5o32GBQ9VbOkVBXHvW1pOcz8w8aEZ18sv7Q7l3woljLYbQeeN1nvIvKsDy6IsdQr6pfWv/3jMTn3xjojtv76zq454bWKvwIjStl/iFHYnbjQNlgoj6Kwx3vpXhEKm8Vg==",
        "partial": {
            "008bdb67c3be480b57b033a05de80430366325c0cbddedb587deaf8264c6106d": 0.66,
            "0b045ecaed1614a0172538d49c1f37fefb41c82d973d239e334468b273eb6aed": 0.33,
            "0ed4a95fa8e54d56bfb8ea539ccbfded460a2a54a63e148e1bdeddcfaa7dbdc8": 0.33,
            "1ff57f7077a39873348db2c7e05f3b6ab0a3d498105af726619297d6dc341227": 0.66,
            "3ac26b08990c10361ee172b1461fc3a5cb96e34e606d3e17d8af8826236365ee": 0.33,
            "4ce2f6d0c8a98c71d7473889360bce557b1054b90bbfbfb886730c3fe8b67cb5": 0.66,
            "67db8da4e5519d8fc662a7fc2b8ee2ccc090397c66fe9e9a67a07ae1f9adb3ad": 0.33,
            "682f8f4c06fd293aad1c7b851135164329453e4a0ec77eca448fadcc4d3a4281": 0.33,
            "74a7700e0d97af21c6668e8510216087dc0a2c0af7869015fc9a412842ee7c59": 0.33,
            "85058919339fe161160a4c9fe98ef2a128c2871137f88a1c15c254c8ed508aed": 0.66,
            "986848d41bd9a7c54ee66e01a55b80717285d52eeb0dca166a5ff8f6a44dbc45": 0.33,
            "9e3cdb6f10dec5fcf764edd92c3cf2b845a6c37ee2c8292a59e7df7878910aee": 0.33,
            "a0f14dcc57d79600f7a015ad15415ea8542fb55cfc842f0141ec7a9aa8e78b35": 0.33,
            "a555f574e9e101192e93b180266eb2f86116e5e52b51cac07c9c0fc5e5135671": 0.66,
            "a7344d7677b09e040cc6bafa6f71e3c70d4b0a1803db459f8f8546df81e0441f": 0.33,
            "b8950d4427e852a85a509f078e6f7925446fa456a6a696b3253bd16a4e24e2f8": 0.33,
            "bbe09743b63fef76550b09e0f67866b2ce95e96438ea05fdafbd2e28fe0114e3": 0.66,
            "e12d92b13d0a0785195d407842a188afc7e3134845d7e29cc5ca0e12641a511e": 0.33,
            "e333ab4ddafe3e6e7aab86eef135ef4a0f84841af78c1e9778aaa5298ef2576b": 0.33,
            "e5512c91660e020bae77d44d13728187008b653c29589960fe4857280d353d4e": 0.33,
            "ee681c0de2d34c5c0a9ec0513f0644e2993bae19b26ec515b3a0df2e242afca6": 0.33
        }
    },
    "q03": {
        "keys": [
            [
                "820d1b554a14a4f19a794ea851e45f65f7fbd87535301c5eff2aaf6dec6b8b8e",
                "852b2ad25e6f5e49c2eebf2c0a93bdc09762d0a47b6d34ecdf464ea0ce698096"
            ]
        ],
        "explanation": "McZQEJrsy2igU8sTzPYNSo1zGebT0zFs8HbudjWHjzrJOvFF0S/OiSs3UELU0LfXCx9nE8uxPVmRQj6z77GLHEMIsWrwLflYlhER7I5U0PBerjjU4IEBdW4M+/PywSjPLpuPn5jt86/Lz6nHs14AbWgly75OWrnm8lQb4bvmFMFziza8bpoPtH51E8aF6++XKkPo4PRmP9ouEi4BsnzkIlmCedgAqJf3uO1PLtOSKoxIK0iLjpjZW037lF6dPIBel/h0JTKQzq38Cvzu3kpqalxPQwLly44I26bM8aoSF9aluggNRLC14hQmxxuwMm/Q/ipVSkjR13ATtXnQDeaSoUfLEChj3QPJLxOaAWovUAnN4iio42IRNMlUW0VXUMqjt9jwfYhs77XHqzoaMTBOyxq0h+ZRg6mjf/c3vD9ShLwOd0eeG5RKXs9om2G+0NjNvDgdtonZT3JOj4trJm99gNOj2mIajNPsVfFtWSggOJHRp8TxQeGhuKMuoBuTbrpPaeGMCpMMC4gGSZMlIL4jMT4xVZBSctp9NO7JvxtENVGA"
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
                "a17c95a8464bf7a6530bf3a902867fbd2f21b6c1dd27a8ff21610959cbd18ee5",
                "b03c50133d48e44490c4ddd2a449595338b734581e449e95580be4b6b3906a3d"
            ]
        ],
        "explanation": "Q7LcifVNWaMJAwvw8OQcY8JVuj55WgUvkcFbXdhfkdV0wecTiiacZq+DT0sJyOjE5Efi5fjG/lovlB8qVKmlYGOoGUSdecbM8WnWXl5lR+cUAJtiD8hCBv27gKYG7zsle0jPKX9x4cxgq9ckqCWr/jQt5uNhrrsgNCfFVmM6hbUVZONMAKt4LobypolfZBTQSV8rgJ1FC1yR5hT6PeBDgcWEig1+dC3qcgFOSG5CNZ4Tz95TPr4FmIXyi6pwYMAIbQ2+NhfDZY7/pwl/rRXX12HIFzjfuof8gEuVPcBYpG9r/BDvqbj71Dy90hO6gpwGod7lfKozti+vj6za25881ZFGjqQFdGNtkqFd00n+WmcpUytCxtIAMvfEfts+k19p/OAnOs/OojMMWcjEjPFcS+898i/oEu4dP7Sj4xXMYDdVYHPp6kyh9phvDPvUMdNM1kVtOyb3kFnmD1lwgo0kaXngeApGDQf/CwfxsHwrNIFO7LBDwfz8byyXSnRy0iSfKQr1JuhVe16xXz2Qon1JtNEAcnOFnTRdEgNO23eSpgO8cX5KBUO9nuRQmhC2cYT3DDk2cqRmYrQ8uiNzmTnxdS1CIyD/Kg=="
    },
    "q07": {
        "keys": [
            [
                "b2f02938ed700147546e1490529e81124efa07aed6be4122debb369f979e3e2e",
                "ace5404b5ddb16f1db08c9c746915dd8c98088b063174013a229c8881bbb4d91"
            ]
        ],
        "explanation": "HRqgrQH2nKwtIvfBDqJq8aekwCpC8z1JCY1Jp3ccVpZomkbR1Y8tUINTmYYKh3ph9R28KcUPh8XkATimg8ErT5u5S8VwQXjOF/Lvfxl5/16WiDA0yI22fRnuikY1VG777jzaB3+K6Q/sMwqsZakZFr1whEa9Vn2+qb0rTj6wn9EMRZuIRs5Hb/S5C2/4Y1AUuw+CprAHNYWOBKtv16chVgPCm3AEDuevs0c6VjMTAZmHBP9qQL1suzBgjIaDXRoq+AF87WXIhbuaYRom7cka+TG6A2QlhCHBTQQynufrZXrGM8uy9qHoJXvdjzHmlNxFyy60kMp27ekxlsEUVb46qHyRDZnQ1py76d++80mIQcKSNzfjCbcL38AzkWSjPlClDqIYV4modkBRsjhNOdDSC5bDaCSxsCamUjrFWFy8eRKtbeuiL+o8TH79hDkW1T4Znz+YnEH4RJHy0Sg/QmucpLQCH16pQ6udfMIeL6rfqSgsXsHVKyJUCMytYF1FIT8CJtP98NDjcrcAOt0V0iMbXuIv/i3FWNqNISiXLgb6cESKxV8DBZWMLQ4Dtft238PXuZ7zgKtVbtyuqiNjsrs7CA=="
    },
    "q08": {
        "keys": [
            [
                "07eb9608d5d9b216ca2c7ef59b6d95d07a44dba51ecc7505f72c06218c523352",
                "060bc780625a6cf86295b64a377d37c9bd9c3b5d3fcfc6f4863588c7ff80ea4c"
            ]
        ],
        "explanation": "+YtHQl+1N/Y7xIl6eehO6lzpix04aExN6TyS4oSdbLxrd4WdAtWU7l8RxEUs2iOWuYQbCar+f1yy16Vo6uJUFYRXMKvaqaWKuVB/UtJkQKYKB1+IO6+yngDPCXOwOvEZhTZ9KGzZ2u7yw9Heq/JjUjkbMMSixMOUBZ1sFPMK1HfMSAZogwZxE+Ab5UzNsYqCTp7RvHY3Lu6PElcUqiYH0a7fbzU603JjduiQDxpcZtsjFxm/PwA3PvSi/vYGVeAWtf6td3wvp1/MR2WU2LamXTO2hkBIkFmYFV6pXXv06Q8a52pZVESMh7lhX/WBhVgW+cw+rs3z7vdR0S52DCxMNkS0+voC2r7DR8JRcB3Igxx/cyWzsoS5+YtTNXpTQf2OacKgqDUgtNEiA7M8/x4pmqqu70YpcFmDcPNGrwu75yX4rqhtbwqU7N9scbZ5UaQf/BZy+4oFE+jCimzsHYsYXfmfB4z3M31Vz56RCoGGDFR5GQy6XDEQIRLTkso9j8xyfBGLFADefATfLT91LpKiwv9laZG/INzz6Qe4zUIMv2THtpHQsFql7RchiCeE06K81Os8azRBLA3dxWd8GOfxWBLpOqoSs8qyzWagE2NKbUrUMIH+E14VsQ5rhqsG6rg35yZE9qbN8i66bIcdAXocENK76aJTfXh5u8HiP56dmTl5V8qEezkJUQN5Tht0GEyEIMtbwj5yYPPPHsse6CVN63ZaBuZWdIbFPLZm5rATJslm78likX2K/OiLuIRO75r95TY1eGxcVZp8BSGPZO6RGz0DzJrjx0xPNMUnVFi0JkKKMwQ5cfFa/OLopT1BSCHzMTeSt5tV1t8RgnO30rsJOHvRIo5MdtBwwnw75XO2BqTqzDD5DA==",
        "partial": {
            "36b3b1e3e835824e7a4faaf54c1a7d2126c79d835c3b88f896ec7d0a227b39af": 0.5,
            "480b819f6a4291a0d9300405d85342be2c01a7796f7b5ec036f07834f7d290f3": 0.5,
            "6fc595ec1382a6e8c232ede19d4875ed7934f672fa7c0e32fa2d974017ffd597": 0.5,
            "b4403e35c7b995710b8ba2c826a01424b107956a36d018fa8965f33e47434a51": 0.5,
            "c6bf019810752d009ba529204326adbabd518f9640eb258963f2e9697cd3d115": 0.5,
            "eddb791d209e60812764bba25fdd5b99e0a8c1404cb2d9f17f28818c93e9622e": 0.5
        }
    },
    "q09": {
        "keys": [
            [
                "1288b863b33173faf6d5c6788530b09ce577f175141b1bf4c13bba8167c1aac2",
                "1b5cd1f4c19b5381f4d1016e004acfdb004aeed88b33a46efe5ef4390af6ed31"
            ]
        ],
        "explanation": "EVjFkqXwar16/NSzqm6KI3wWWzR/tdGA359SZDOtkAJz6YYSKR/lrz783fpyJcPvIunTcgWI5RznJ4Y4UcPTOpZERxMj/QCdFVGxd2USBVvKjjOtfWk24wFDiXnBTr6p9R0+cWXnn1pprg8/EK5HhDwxGvRUjPZXcTF8kPo7ub3KKHPLYpBI44OeK3LWo0wtJu71ejS1VroBy8E0yKBidQDkXX4cxWSNzGjY0+KAoyoWtyXHwtHU1glhcQ+pjovYenqdKJqr7tQ196ylNgVpRYrQcFIbv5noAg75nehSIkgZBDHN7vQwz2uTfjeg6C5Xf3VPe1AKBdvVpSxNghfxBKbakOjplmVenzxNIJR7fpICBZeWQ8o2evdDZ9rKDt/N2sj587QQ+AE+ZDPO+DUxTibxPaLvTxpRWgwOTPd8GRmxczu0Ec+At1B/bJw8bcDwzjasDAuX1oKDTOpnKObCr3fuMAIC3hJGIXpIFfldFZx1FSyY/oJnhGLbrctd9f03GRQ3IlxpxT8FyAQ1p2lnnINbbpbqb05//lvrykOaYLMinv+HTiHxBQ7ZjMo6KFEyl7hiPzAi7QzQRzmZkbNiG8cMiNE3ogb0lJvN5d8H9yXqtwG+cdqU0eZumA==",
        "partial": {
            "0f4a922b9eb5e71b9a63e2b845240f159c15978e3c0e40104f8867b54cb4a463": 0.66,
            "1643d696db815e2ed4c22a63d69e64e145eda34c4e9922beeb20242be1398fff": 0.33,
            "2dc38fc5d0c7eb25b5452932feb0e7d94a638f6730bcc00adee6869e82146bb9": 0.66,
            "319937780d4077e7dadb914c9f8c335a2a44922410923aeefdfedf47be7c0744": 0.33,
            "37f9db93ef03b255c3a39dcb22828797fffffde1d28e84429f04fed90f11b24a": 0.33,
            "3b0243aa6059b23ff210dd3cc3127971fa35816b8a1422a4798c4e9940b8cd7f": 0.33,
            "5e47aa6ac7876d3317a414c149bce6f1f154da28fa18c68ff4e9fbb16decd1c3": 0.66,
            "6868267abdedb4d066cd355eb1c3540cf75d2d51c575fa1ca8d0b0ac83976f0d": 0.66,
            "6a33e3af9f585b01c9dcd0b9d27060e6d88765a207551585e3ef9636d17a5bbc": 0.33,
            "921d4ebc7c388e0e7914ddf0004b0fa9d6a4ce5accd957dd70de98944ca61463": 0.33,
            "92c5a7790a7fbe08883bfd839d4072062a3a8aa858cc23702dbee01a990e55f3": 0.33,
            "9b0bd24be49160854bce1efd5e82402d004d04ec6240707097269a664e9ec167": 0.33,
            "b0450bc1ac816b60eec39dbb48a3c8ecf0229f608f9103177dd98b540212d6e9": 0.66,
            "c201cbdc9bcdb7a0ccb0559b30775c9779feb7a727ddfbae52a7b137c8237e09": 0.33,
            "d1fe2f19a4383ee330e75cc5d4704a50622f1ec8d83b67e3e2dedcd55cd827fb": 0.33
        }
    },
    "q10": {
        "keys": [
            [
                "f19423b5511cfde17b1f76936a8fa9e790f1681920fdbf2687bb857fa3d1ffc1",
                "a3a75ed73b31e686a14829305c3155e32e3f37e715c20de83cf7121631178d45"
            ]
        ],
        "explanation": "bFLGm6liprVQyUcveyy50MMVmcDjPG1gVaR+2rmO9Gw2ajpA+OmyrKk82ym1wSrUoDccbDDQ//ifrtBLyDtgfyuFPz6SJUtgifl0bqFU43hP4bw2JGDnooeOzi3h5sc0Ioj098kJ6Ow+pVu31m5rcd1VV2GF9Ft4xoVJGhzDBDJm87pSozvXNGQwfvANDoiI/j6coZUZ2DqujpcCl6Uy+cup30dBDJggAAt261f413tMylUg4Di/suBpm+PhosYkEXreQ27NS9ua7jrBEo0TVCLXDHg1myxyCz5p8QBgzyHuLPQZPuBdW9KFFBpnPXLFT8Lfd3lyI/LGlnDWZgLHcrt8fO0BkmC8f6717wP1qIUruPY6C9kt9xT9HC14YaiEewnNpepELYAZZf5rYNbY/8m+0rXCkR0auapHEKNjMoV/Iv8Hy8WwqhYSjVuXjaEe2wDcCY4ZEml+/BcIe+R8Tdd224N06XBzXkKTGc50EKA1PSc+FpEpnUgN2Fx2z3NUqkpRPHacnO4r0m7UBKwe0SDOOjhQXnIYPETBsCG6dOSa/+fgkL2SG7jvn9uYGTkzfpvmJA=="
    },
    "q11": {
        "keys": [
            [
                "fe9e62138395f1d2f139ef670217a4cf7029143ec9502cbf5e3488cba1ff9617",
                "478047ad4ebc4ba327b2ec2fe7660db678778e9880f669ccea2bbc20989ec3c4"
            ]
        ],
        "explanation": "8okqT+hh7AEfSBhhCEJjJ3NRzE2nc1KcyC71QrwBnIEkFUNE5BSgTfZBGp+XzSTRkwbX7ddO5vJf8DeLOD6qcZnCtLJ+RfTUahms2w3e5TnBgJH/jgqNZfBo6HfjKTlDO/Nt6tQ/AtvqG9K8xabkNag4kvMDTf4oH9jlge9FHELaUd4HtOAeDdu3ZI1Uvcj7MgbVbc5hRvRzz1EGRy2vgBqouDqRjbNgmtLWxgcUef3UZrJCSMCUNwBtKilvRjIV/nkCGpxph4uJrIkqn975EfyplBj41RzwppV4Sl+eZZNVm+FZQuslB9A0BCR2ibFC+fJoMSdpJEKcGvLZKMjsGXKc52S5vR5sG08sQsPgG8tiPS9sBCq83b5UIsa3/4w0xguVgbAXuRvG0+lYF4bY8NBzrWyBmRRSHjlbzkDsrti8LH6f95kkOweNsMxJevhnOwRy9Eqzi0r0PR2z+CKix7ECzs/XctaVr0jcXpAlp5AKevtRW+crodpu+IQtHaFhJRkEPxJGxldhUyZUebdlOuaSfK0nRE0VO+smy0o74iMdcUheI7DSOS5NUUYWprJppFy5LXS6jLxptxks2obR"
    },
    "q12": {
        "keys": [
            [
                "5bf69a26949d3e837517ad24842b263616644d2ac29aa3a5382e38a697a85787",
                "c26cfbaafc081d7e0d2868dd00a15fe072ba1f3e68f820b091b3366d39527074"
            ]
        ],
        "explanation": "UuSm1icrdRXkz3Pm087h6T3jNmtUE9f4MgmE3SPscxiQQvFyVkmWL6AH2hiApnHKoN3uTUDWwGn25Uj+HrzXMvz89iA2xs1LtJFlFmO8C/ZwrQUWMiPa3AO8iIF+hQNiH1JMnEilwVI4SvzPVoIwZb/DqA39jReOpfCFuDaauf8YEeesIwsHLWJue6Fe8fNl3XdzvWhUJf8mqhADwAlwlofPE/GhyEgDOh0UeB8ZuhlcVlJj3wFInDV7QCDBKaRrgq9smx3H37WxluxNmLxG4ObCxCWQUdC9iM67YASy0pjryE3X9xTfdAkD/x0p4w1PTqWtm/AQH/N9pvXguMKIW0K2dVxs3C2PYLgkUT94d1mJpeCAEs808vsP5DTuf7Vk8JwyrQzU0OO4qKTGwBDIYhO7CSNyzg4HXokk9CSlcmiUQlbr9Cw6E4ITz+yjdVBpzestiPYz67K2LInH959bRZqPiZ0ro9j6yxD0TS8lqothWs/in+Iyu/VEwG1I//j7+7pd5W22W3IeHe9jGFYQnbLwrMjQN1hIuWwDxDNVGYbuXizOfqpOnUPa1qOInOo9QG8b0ZkUFTGotVjOx8GJeHGbev+7KnhKZmudqswkm7eAsV7oXEvlD7uFzlMU9ToDalGle7YVOcC4vcPbk21alyGmz4tJEag+2L6HGLM="
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
        "explanation": "6yDAYPf78ykJ8gjD4fO/nicHouhbLIlO3n98W5xBTMfUcsaUPa545fUdT/HiqUpPkow2/nOHxalYYI3D2ZHQIfAe0pthmD8lyzYJctW71w8YC5swuuPoMuZVmc3nqotZBbb45iGhILrsoN3CfJOgDLeUSszQJaTPf3Xeedd9J4NoJvVa8QSwAOI/20TUT78Kh6ftDTFi89v2Ccphk7kW5qEaT/hZILk2TPzHdl2eXNbkJY0+b22Tfdt9Ddq6elB5rXCP56lKXBl/cPp4+ppmAUsD+bi+pkKuqfEZcP6XCeBYfSTIl7dmpBaOuFO5t1kQKTCaBqq1TS8Kb8iNDpskJh88Mah27HjIWCNypgcmJrz/BaI4OeqPA7QQ5wKc/seHXn+yvK8sBxycw0nvVBFETS3MztaU+1UGDhiPuyRdjs53ObzFpqDXqU6m6MYYEiMy5jGh+haFUBRDHh1t2gZ/aRcfBwrL7E24pJOb7x2RW6iKyCWZVm29tG9ebqWZFRGu/iw7LbBMIIIEgqBsaSJQIEdBYxD3y2nPfT1bHba1us/NyHtB1njMcl1OSOOkc3gjekWjxc8U"
    }
}
# fmt: on
