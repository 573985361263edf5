import '../styles/button.css';

export const button = 'button';
