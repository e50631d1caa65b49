// The Site stage; its files arrive with their issues.
