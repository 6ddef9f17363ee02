"""gui layer: screens only; it shows what services return and sends what the user did."""

from .qt_workarounds import immortalize_singletons

immortalize_singletons()
