"""Parts of the 会费 tab (ui/tabs/dues_tab.py): month picker, summary, batch grid, ledger,
arrears, branch-sheet import and report export."""
