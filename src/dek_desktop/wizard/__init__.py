"""Qt views only: the main window and its chrome, the QWizard, the page base, dialogs.

Nothing here decides the route: the wizard shows the page of the flow's current step.
"""
