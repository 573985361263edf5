declare const REF_X: number;
