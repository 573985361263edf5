from unittest.mock import patch

from app.drivers.store import Store


@patch("app.drivers.store.Store.save", return_value=True)
def test_save(save: object) -> None:
    assert Store().save()
