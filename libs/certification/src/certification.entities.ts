import { Certificate } from './certificate/certificate.entity';

export const CERTIFICATION_ENTITIES = [Certificate];
