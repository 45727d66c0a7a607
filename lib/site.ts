// The public origin used for canonical URLs, preview cards and links printed on images.
// Set NEXT_PUBLIC_SITE_URL when deploying; the default is the local start command's address.
export const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000';
export const SITE_NAME = 'Who claims what';
