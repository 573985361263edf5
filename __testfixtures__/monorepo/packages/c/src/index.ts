export { twice } from './lib/twice';
