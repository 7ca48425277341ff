"""The big lists, sorted and filtered in SQL so that a city's rows stay quick."""
