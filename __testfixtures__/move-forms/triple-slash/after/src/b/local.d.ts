declare const LOCAL: number;
