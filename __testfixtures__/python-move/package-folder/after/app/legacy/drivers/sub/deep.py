from .. import store
from ..store import Store

VALUE = (store.Store, Store)
