from app.engines.pricing import price_of
from app.drivers.pricing_store import load_prices, save_price

from . import pricing
from ..drivers import pricing_store


def quote(session: object, cents: int) -> int:
    save_price(session, cents)  # type: ignore[arg-type]
    pricing_store.save_price(session, price_of(cents, 2.0))  # type: ignore[arg-type]
    return len(load_prices(session)) + pricing.price_of(cents, 1.5)  # type: ignore[arg-type]
