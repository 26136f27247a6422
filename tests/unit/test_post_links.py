"""Which post a LinkedIn link names, in every link form the exports and the analytics workbooks use."""

import pytest

from advisor_tui.domain.plan.post_links import PostRef, post_ref


@pytest.mark.parametrize(("link", "expected"), [
    ("https://www.linkedin.com/feed/update/urn:li:activity:7406535690785632256",
     PostRef("activity", "7406535690785632256")),
    ("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6978110307416981504",
     PostRef("share", "6978110307416981504")),
    ("https://www.linkedin.com/feed/update/urn%253Ali%253AugcPost%253A7015519016418385920/",
     PostRef("ugcPost", "7015519016418385920")),
    ("https://www.linkedin.com/posts/anna-mueller_nachfolge-familienunternehmen-share-7485567442413494273-AbCd",
     PostRef("share", "7485567442413494273")),
    ("https://www.linkedin.com/posts/anna_x-activity-7485567442413494273-Ab_d?utm_source=share&utm_medium=web",
     PostRef("activity", "7485567442413494273")),
    ("https://www.linkedin.com/posts/anna_x-ugcpost-7485567442413494273-Ab_d/",
     PostRef("ugcPost", "7485567442413494273")),
])
def test_post_links_name_their_post(link: str, expected: PostRef) -> None:
    assert post_ref(link) == expected


@pytest.mark.parametrize("link", ["", "https://www.linkedin.com/in/anna-mueller", "https://example.com/share-12",
                                  "https://www.linkedin.com/posts/anna_share-123-AbCd"])
def test_links_without_a_post_name_none(link: str) -> None:
    assert post_ref(link) is None


def test_a_share_is_not_the_activity_with_the_same_number() -> None:
    assert PostRef("share", "7485567442413494273") != PostRef("activity", "7485567442413494273")
