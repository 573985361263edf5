import app.legacy.drivers.store
from app.legacy import drivers
from app.legacy.drivers import store as st
from app.legacy.drivers.sub.deep import VALUE


def run() -> object:
    return app.legacy.drivers.store.Store().save(), drivers.Store, st.Store, VALUE
