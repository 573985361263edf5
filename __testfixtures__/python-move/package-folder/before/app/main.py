import app.drivers.store
from app import drivers
from app.drivers import store as st
from app.drivers.sub.deep import VALUE


def run() -> object:
    return app.drivers.store.Store().save(), drivers.Store, st.Store, VALUE
