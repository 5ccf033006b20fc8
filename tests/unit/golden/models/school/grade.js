'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Grade extends Model {
    /**
     * Helper method for defining associations.
     * The `models/index` file calls this method automatically.
     */
    static associate(models) {
      Grade.hasMany(models.Student, { foreignKey: 'gradeId', onDelete: 'SET NULL', onUpdate: 'CASCADE' });
    }
  }
  Grade.init({
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
    grade: { type: DataTypes.INTEGER, allowNull: false },
    createdAt: { type: DataTypes.DATE, allowNull: false },
    updatedAt: { type: DataTypes.DATE, allowNull: false }
  }, {
    sequelize,
    modelName: 'Grade',
    tableName: 'grades',
  });
  return Grade;
};
