"""Parts of the 会费 tab (ui/dues/tab.py): month picker, summary, batch grid, ledger,
arrears, branch-sheet import and report export."""
