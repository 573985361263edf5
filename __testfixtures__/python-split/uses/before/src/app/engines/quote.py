from app.engines.pricing import load_prices, price_of, save_price

from . import pricing


def quote(session: object, cents: int) -> int:
    save_price(session, cents)  # type: ignore[arg-type]
    pricing.save_price(session, price_of(cents, 2.0))  # type: ignore[arg-type]
    return len(load_prices(session)) + pricing.price_of(cents, 1.5)  # type: ignore[arg-type]
