// The Charts stage; its files arrive with their issues.
