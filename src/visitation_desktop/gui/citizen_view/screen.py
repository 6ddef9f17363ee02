"""Where the citizen's view shows, and when it changes.

With a second screen connected the view opens full screen there when the wizard is first shown,
and follows the case as it is written. With one screen F11 (or the button "Borgerens skærm")
shows the view full screen over the wizard; Esc or F11 goes back. The view follows the case on
the same signals the autosave and the check use (a change, a save, an undo), never by polling.
While the program is locked the view is hidden (the lock covers every window) and blank;
closing the wizard closes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:  # made on first use: opening a case imports neither reportlab nor the view
    from ..wizard.context import WizardContext
    from .content import Content
    from .view import CitizenView

S = TypeVar("S")


def other_screen(screens: Sequence[S], current: S | None) -> S | None:
    """The screen for the citizen's view: the first one that is not the caseworker's; None with one."""
    if len(screens) < 2:
        return None
    return next((s for s in screens if s is not current), None)


class CitizenScreen(QObject):
    """The wizard's citizen's view: its button, its F11, its window and where it stands."""

    def __init__(
        self,
        wizard: QWidget,
        ctx: WizardContext,
        screens: Callable[[], Sequence[QScreen]] = QGuiApplication.screens,
    ) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.ctx = ctx
        self._screens = screens
        self.view: CitizenView | None = None
        self.second_screen = False  # the view stands on another screen than the wizard
        self._first_show = True
        self.button = QPushButton(self.tr("Borgerens skærm (F11)"))
        self.button.setCheckable(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicking it leaves the field being typed
        self.button.setToolTip(self.tr("Vis borgeren, hvad der bliver skrevet, med stor tekst"))
        self.button.setAccessibleName(self.tr("Borgerens skærm"))
        self.button.clicked.connect(self.toggle)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_F11), wizard, self.toggle)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for signal in (ctx.findings_changed, ctx.saved, ctx.undone):
            signal.connect(self.refresh)
        closed = getattr(wizard, "closed", None)
        if closed is not None:
            closed.connect(self.close)
        window = wizard.window()
        locked = getattr(window, "locked_changed", None)
        if locked is not None and window is not wizard:
            locked.connect(self._on_locked)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._on_screen_removed)
        wizard.installEventFilter(self)

    # -- state -----------------------------------------------------------------------------------
    def is_open(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def _locked(self) -> bool:
        return bool(getattr(self.wizard.window(), "locked", False))

    def content(self) -> Content:
        from ...documents.easyread_text import Plain
        from .content import build

        ctx = self.ctx
        plain = Plain(ctx.case, ctx.standard, ctx.service.ws.caseworker_name, ctx.today)
        return build(plain, ctx.catalogue)

    # -- showing ---------------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.is_open():
            self.back()
        else:
            self.open()

    def open(self) -> None:
        """Show the view full screen: on another screen if there is one, else over the wizard."""
        if self._locked():
            self.button.setChecked(False)
            return
        if self.view is None:
            from .view import CitizenView

            self.view = CitizenView(self.wizard)
            self.view.back_requested.connect(self.back)
            self.view.shown.connect(self.button.setChecked)
            ui = getattr(self.wizard.window(), "ui", None)
            lock_action = getattr(ui, "actionLock", None)  # the menu's Lås (Ctrl+L)
            if lock_action is not None:
                self.view.addAction(lock_action)  # locks from the citizen's screen too
        view = self.view
        view.show_content(self.content())
        here = self.wizard.window().screen()
        target = other_screen(list(self._screens()), here)
        self.second_screen = target is not None
        screen = target or here
        view.set_hint_visible(not self.second_screen)
        if screen is not None:
            view.setScreen(screen)
            view.setGeometry(screen.geometry())
        view.showFullScreen()
        if not self.second_screen:
            view.raise_()
            view.activateWindow()
            view.scroller.setFocus()  # arrows and Page Down read on
        self.button.setChecked(True)

    def back(self) -> None:
        """Hide the view; the wizard is where the keyboard goes."""
        if self.view is not None and shiboken6.isValid(self.view):
            self.view.hide()
        self.button.setChecked(False)
        if shiboken6.isValid(self.wizard) and self.wizard.isVisible():
            self.wizard.window().activateWindow()

    def close(self) -> None:
        """The wizard closed: the view goes with it."""
        if self.view is not None and shiboken6.isValid(self.view):
            self.view.blank()
            self.view.hide()
            self.view.deleteLater()
        self.view = None
        self.button.setChecked(False)

    def refresh(self) -> None:
        """The case changed (or was saved, or put back): show its words again, if the view is open."""
        if self.is_open() and self.view is not None and not self._locked():
            self.view.show_content(self.content())

    # -- events ----------------------------------------------------------------------------------
    def _on_locked(self, locked: bool) -> None:
        if self.view is None or not shiboken6.isValid(self.view):
            return
        if locked:
            self.view.blank()  # hidden by the lock, and empty should anything show it
        else:
            self.view.show_content(self.content())

    def _on_screen_removed(self, _screen: QScreen) -> None:
        """The second screen went: the view does not jump onto the caseworker's screen by itself."""
        if self.second_screen and self.is_open() and other_screen(list(self._screens()), None) is None:
            self.back()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """The wizard's first show opens the view on a second screen; the wizard leaving the window
        (the case closed, another opened) takes the view with it. The lock hides it on its own."""
        wizard: QWidget | None = getattr(self, "wizard", None)  # None while the wizard is torn down
        if wizard is None or watched is not wizard:
            return False
        if event.type() == QEvent.Type.Show and self._first_show:
            self._first_show = False
            if other_screen(list(self._screens()), wizard.window().screen()) is not None:
                self.open()  # a second screen is there: the citizen reads along from the start
        elif event.type() == QEvent.Type.Hide and not event.spontaneous() and not self._locked():
            self.back()
        return False
