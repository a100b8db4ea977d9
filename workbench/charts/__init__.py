"""Charts and tables with correctly shaped right-to-left Arabic labels."""
