"""A small quiz with one question of every kind, for the extension's and plugin's tests."""

from pakru.quiz import (
    Matching,
    MultipleSelect,
    NumberAnswer,
    Ordering,
    Quiz,
    ShortText,
    SingleChoice,
)

QUIZ = Quiz(
    id="demo",
    title="Demo quiz",
    lesson="index",
    questions=(
        SingleChoice(
            id="q01",
            prompt="Where was the 1966 declaration signed?",
            options=("Simla", "Tashkent", "Moscow"),
            objective="test-first",
            hint="A Central Asian city.",
            section="a-test-lesson",
        ),
        MultipleSelect(
            id="q02",
            prompt="Which of these are multilateral pacts?",
            options=("SEATO", "The 1954 aid agreement", "The Baghdad Pact", "The Simla Agreement"),
            objective="test-first",
            hint="Count the members.",
            section="a-test-lesson",
            points=2,
        ),
        NumberAnswer(
            id="q03",
            prompt="In which year were diplomatic relations established?",
            objective="test-second",
            hint="Soon after independence.",
            section="a-test-lesson",
        ),
        ShortText(
            id="q04",
            prompt="Name the Soviet state in four letters.",
            objective="test-second",
            hint="Its initials.",
            section="a-test-lesson",
        ),
        Ordering(
            id="q05",
            prompt="Put these in order, earliest first.",
            events=("kosygin-visit", "relations-established", "tashkent-declaration"),
            objective="test-second",
            hint="Check the timeline.",
            section="a-test-lesson",
            points=2,
        ),
        Matching(
            id="q06",
            prompt="Match each agreement with its year.",
            items=("Tashkent Declaration", "Simla Agreement"),
            options=("1972", "1966", "1954"),
            objective="test-first",
            hint="One is from the 1960s.",
            section="a-test-lesson",
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
                "183748ab2eeb37bbeadb9edeb6aefd566d544d0e6dcae00a8ffd8792a527ab3e",
                "fa7a62dd6ceae948150ad83646d3c8de29c5f88d5d5e640b4def5b86b6bf7566"
            ]
        ],
        "explanation": "m+TZJ1ybwdZYCf53/DxIv9tHr0uixwl+N56249Wx7Z/eGUDg"
    },
    "q02": {
        "keys": [
            [
                "da5cfc45f99e75e67b6c8d20f6f1ed113d3e7240f9f4534a38873fcbcffdbde8",
                "2a53020ef967edc0cb2ada86dca4e65ef0c75c1f1883f2901c7b8caf6893ac84"
            ]
        ],
        "explanation": "Z/QBovMxfl53niuxzUh165wBClJVTz5/Z9j6bwo8VAbqGdfvqUCBzmemEHKQpWU=",
        "partial": {
            "0e9b840f39a95fccdce6c27eed880971c43ae5e5d2fd8bf3be6e14996753d5d3": [
                1,
                0
            ],
            "5acb1d0509945ac4dffb5703be9f87b64c89fa0f48a63b4e161f5aff7edc4352": [
                1,
                0
            ],
            "872ab72de19cf5b77437c46feaac4af6affe39660e3cf666c57100abdc975d39": [
                2,
                1
            ],
            "cfa3842c4098593e13f9c1988ee4f4783b8053920f1d9131ae703a19cc970184": [
                2,
                1
            ]
        },
        "correct_count": 2
    },
    "q03": {
        "keys": [
            [
                "0a08af6e8558e9951bba1b61f0d2b7e21a9643b9dfe9e5e679fd971df60ed490",
                "451eee462bf3bb92bb52616c456b3a16d46878aecda6e6c602af7404f303f74d"
            ]
        ],
        "explanation": "6XXIbz8QOtpIvJWJB2ct4oRHiTrpfb1X5rUR4Rf4f85lmRI="
    },
    "q04": {
        "keys": [
            [
                "690ff992807748d90a4bb3473ae8bd4be8308e778cf0106fea95726aa7c8cda1",
                "8015c25cb69974149f180c15fceb7b82a38efd332190dc198ca17f0393f9518a"
            ],
            [
                "f56821ccc52b2d1acf4bac9afe6b59687613a2d410f4b6d98ae20bd77ec5c6b5",
                "1ae51c18e5e2fde52ba1b5c0dbc7a8c9d99baa5dbf89c8f793e53a2f7fb422c7"
            ]
        ],
        "explanation": "6aGcDJbP1LS93BNtSTsm/ILyTLy63yzRANKMo+2atC6K1Iyo0RUmZw=="
    },
    "q05": {
        "keys": [
            [
                "22cc2794d946476ca64b1ccbf411eeaccd4ea7e88eeb04359ac6cc623e173035",
                "b33d777b53ca13c107306ab034a0337cad00029c523fb984c3fd7f80da05f65d"
            ]
        ],
        "explanation": "kLmF+LQnrr8ejobHKHXCTtL+3+uwr2pg5sVP"
    },
    "q06": {
        "keys": [
            [
                "98964cac2f35de8d9e569d41b49c32896ac2677f73cc2f3bd39b382acede79a6",
                "d34e6efbf029e0f5bb6503fc090ca91fdaa34712708715df35a3d9b663b54d75"
            ]
        ],
        "explanation": "IGRL8zeegLzmBPszdRmiz3Lf2esUCgLC4Sa3mMFJYFw0CdI="
    }
}
# fmt: on
