from enum import StrEnum


class TextSpeakStepVoice(StrEnum):
    FEMALE_1 = "female-1"
    FEMALE_2 = "female-2"
    FEMALE_3 = "female-3"
    FEMALE_CHILD_1 = "female-child-1"
    MALE_1 = "male-1"
    MALE_CHILD_1 = "male-child-1"

    def __str__(self) -> str:
        return str(self.value)
