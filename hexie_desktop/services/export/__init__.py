"""Spreadsheets out: the ranked and listed tables of the product as .xlsx or .csv files.

`tables` turns what the JSON commands hold into `ExportTable`s, `writers` writes them, and
`service` is the use case the CLI and the window call.
"""
