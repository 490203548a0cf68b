import ArgumentParser

QuoteGraphCommand.main()
