declare const AMBIENT: string;
